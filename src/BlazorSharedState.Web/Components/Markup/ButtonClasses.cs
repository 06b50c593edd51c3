namespace BlazorSharedState.Web.Components.Markup;

/// <summary>
/// MudButton's classes, for plain buttons on the parts of a page every tab holds: a MudButton is a
/// component (and its icon another) where a button element is a few frames of its parent's tree.
/// </summary>
public static class ButtonClasses
{
    public const string FilledPrimary = "mud-button-root mud-button mud-button-filled mud-button-filled-primary mud-button-filled-size-medium mud-ripple";

    public const string OutlinedPrimary = "mud-button-root mud-button mud-button-outlined mud-button-outlined-primary mud-button-outlined-size-medium mud-ripple";

    /// <summary>An icon button in the colour of what holds it, as on the app bar.</summary>
    public const string IconInherit = "mud-button-root mud-icon-button mud-inherit-text hover:mud-inherit-hover mud-ripple mud-ripple-icon";
}

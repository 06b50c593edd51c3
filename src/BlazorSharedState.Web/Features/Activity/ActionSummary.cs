namespace BlazorSharedState.Web.Features.Activity;

/// <summary>An action in words, e.g. "posted in #general: hello", and the page where its effect shows.</summary>
/// <param name="Text">Plain text, read after the user's name ("Alice posted in #general: hello"); never markup.</param>
/// <param name="Page">
/// The app-relative page that shows the action's effect, e.g. <c>chat/general</c>; <c>?at=N</c> is
/// added to it to look at the app right after the action. Null: <see cref="DefaultPage"/>.
/// </param>
public sealed record ActionSummary(string Text, string? Page = null)
{
    /// <summary>Where actions that belong to no particular page are looked at.</summary>
    public const string DefaultPage = "chat";
}

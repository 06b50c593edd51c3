using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace BlazorSharedState.Web.Components.Markup;

/// <summary>
/// MudBlazor's icons as one markup frame, for the parts of the page every tab holds: a
/// <c>MudIcon</c> is a component with render trees of its own, and the chrome used a dozen.
/// The classes are MudIcon's, so the icons look the same.
/// </summary>
public static class IconMarkup
{
    // Keyed by icons and classes written in the app's code, never by input: it stays small.
    private static readonly ConcurrentDictionary<(string Icon, string Classes), MarkupString> Made = new();

    /// <summary>The svg of <paramref name="icon"/> (an <c>Icons.Material…</c> value) with MudIcon's classes plus <paramref name="classes"/>.</summary>
    public static MarkupString Svg(string icon, string classes = "mud-icon-size-medium") =>
        Made.GetOrAdd((icon, classes), static key => new MarkupString(
            $"<svg class=\"mud-icon-root mud-svg-icon {key.Classes}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{key.Icon}</svg>"));

    /// <summary>The svg of <paramref name="icon"/> as a MudNavLink shows it, before the link's text.</summary>
    public static MarkupString ForNavLink(string icon) =>
        Svg(icon, "mud-icon-default mud-icon-size-medium mud-nav-link-icon mud-nav-link-icon-default");
}

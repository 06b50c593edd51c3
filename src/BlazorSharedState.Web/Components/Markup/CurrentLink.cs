namespace BlazorSharedState.Web.Components.Markup;

/// <summary>Whether a drawer link is the current page's, as Blazor's <c>NavLink</c> decides it, for links rendered as plain anchors.</summary>
public static class CurrentLink
{
    /// <summary>
    /// True when <paramref name="path"/> (base-relative, without query) is <paramref name="href"/>,
    /// or, unless <paramref name="exact"/>, lies below it ("chat" holds "chat/general", not "chatter").
    /// </summary>
    public static bool Holds(string path, string href, bool exact = false) =>
        string.Equals(path, href, StringComparison.OrdinalIgnoreCase)
        || (!exact && path.Length > href.Length && path[href.Length] == '/' && path.StartsWith(href, StringComparison.OrdinalIgnoreCase));

    /// <summary>The path of <paramref name="baseRelative"/> (a base-relative address) without its query, fragment or trailing slash.</summary>
    public static string PathOf(string baseRelative)
    {
        var end = baseRelative.IndexOfAny(['?', '#']);
        return (end < 0 ? baseRelative : baseRelative[..end]).TrimEnd('/');
    }

    /// <summary>MudNavLink's classes for a link, current or not.</summary>
    public static string ClassOf(bool current) => current ? "mud-nav-link mud-ripple active" : "mud-nav-link mud-ripple";
}

using Microsoft.JSInterop;

namespace BlazorSharedState.Web.Components.Layout;

/// <summary>
/// The navigation drawer as MudDrawer's responsive variant behaves, kept as markup with its
/// classes: docked open from 960 px, hidden below and laid over the page when opened there,
/// closed again by the overlay or by following a link. MudDrawer learns the window's size from a
/// resize listener every tab registers, whose script messages cost each circuit about 75 KB of
/// serializer metadata; here MudBlazor's stylesheet decides until the viewer toggles, and the
/// browser is asked only then (and on navigation while the drawer lies over the page).
/// </summary>
public sealed class ResponsiveDrawer(IJSRuntime js)
{
    /// <summary>The width from which the drawer docks beside the content (MudBlazor's Md breakpoint).</summary>
    private const string DockedQuery = "(min-width: 960px)";

    public const string OverlayClass = "mud-overlay mud-drawer-overlay mud-overlay-drawer mud-drawer-pos-left mud-drawer-overlay--open mud-drawer-overlay-responsive mud-drawer-overlay-md";

    private const string Classes = "mud-drawer mud-drawer-fixed mud-drawer-pos-left mud-drawer-md mud-drawer-clipped-always mud-elevation-1 mud-drawer-responsive";

    // Null until the viewer toggles: open where the window is wide enough, hidden below.
    private bool? _open;

    public string LayoutClass => _open == false
        ? "mud-layout mud-drawer-left-clipped-always"
        : "mud-layout mud-drawer-open-responsive-md-left mud-drawer-left-clipped-always";

    public string DrawerClass => _open switch
    {
        null => Classes + " mud-drawer--open mud-drawer--initial",
        true => Classes + " mud-drawer--open",
        false => Classes + " mud-drawer--closed",
    };

    /// <summary>Whether the page shows the overlay; the stylesheet shows it only below the docking width.</summary>
    public bool Overlaid => _open == true;

    /// <summary>Opens or closes it; before the first toggle, as the window shows it (assumed docked if the browser can't say).</summary>
    public async Task ToggleAsync() => _open = !(_open ?? await IsDockedAsync() ?? true);

    public void Close() => _open = false;

    /// <summary>After navigation: a drawer laid over the page gives the page back; a docked one stays.</summary>
    public async Task CloseIfOverlaidAsync()
    {
        if (_open == true && await IsDockedAsync() == false)
        {
            _open = false;
        }
    }

    private async Task<bool?> IsDockedAsync()
    {
        try
        {
            return await js.InvokeAsync<bool>("sharedState.matches", DockedQuery);
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or TaskCanceledException)
        {
            // No answer (no script, no tab, no time): the caller keeps to what the server knows.
            return null;
        }
    }
}

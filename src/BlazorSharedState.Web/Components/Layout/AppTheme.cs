using MudBlazor;

namespace BlazorSharedState.Web.Components.Layout;

/// <summary>The app's colours, shared by light and dark mode.</summary>
internal static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#3f51b5", Secondary = "#e91e63", AppbarBackground = "#3f51b5" },
        PaletteDark = new PaletteDark { Primary = "#7986cb", Secondary = "#f06292" },
    };
}

using BlazorSharedState.Web.Features.Game;

namespace BlazorSharedState.Web.Tests.Game;

/// <summary>Browser tabs at a table.</summary>
internal static class GameTabs
{
    /// <summary>A new tab of <paramref name="userId"/> showing the table page of <paramref name="tableId"/>.</summary>
    public static IRenderedComponent<GameTablePage> OpenTable(this SharedStoreTestHost shared, string userId, string tableId) =>
        shared.OpenCircuit(userId).Render<GameTablePage>(p => p.Add(x => x.TableId, tableId));
}

using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Tests.Fixtures;

namespace BlazorSharedState.Web.Tests.Game;

/// <summary>Browser tabs at a table: rendered pages, or just the actions a tab's page would send.</summary>
internal static class GameTabs
{
    /// <summary>A new tab of <paramref name="userId"/> showing the table page of <paramref name="tableId"/>.</summary>
    public static IRenderedComponent<GameTablePage> OpenTable(this SharedStoreFixture shared, string userId, string tableId) =>
        shared.OpenCircuit(userId).Render<GameTablePage>(p => p.Add(x => x.TableId, tableId));

    /// <summary>Dispatches as <paramref name="userId"/>'s tab <paramref name="circuitId"/> and asserts it was accepted.</summary>
    public static async Task FromTabAsync(this SharedStoreFixture shared, object action, string userId, string circuitId)
    {
        var result = await shared.Store.DispatchAsync(action, new ActionOrigin(userId, circuitId));
        Assert.True(result.IsAccepted, result.Reason);
    }
}

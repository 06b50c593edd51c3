using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Game;

namespace BlazorSharedState.Web.Tests.Game;

/// <summary>Plays at one table through the real store, as the users named here.</summary>
public sealed class GameTableDriver(SharedStoreTestHost shared, string tableId)
{
    public const string Red = "alice";
    public const string Yellow = "bob";
    public const string Spectator = "carol";

    public string TableId { get; } = tableId;

    public GameTable Table => State.Tables[TableId];

    public GameState State => shared.GetState<GameState>();

    /// <summary>A new table with <see cref="Red"/> and <see cref="Yellow"/> seated.</summary>
    public static async Task<GameTableDriver> SeatedAsync(SharedStoreTestHost shared)
    {
        var driver = await CreateAsync(shared);
        await driver.AcceptedAsync(new TakeSeat(driver.TableId, Disc.Red), Red);
        await driver.AcceptedAsync(new TakeSeat(driver.TableId, Disc.Yellow), Yellow);
        return driver;
    }

    /// <summary>A new, empty table, opened by <paramref name="creator"/> (<see cref="Red"/> unless said).</summary>
    public static async Task<GameTableDriver> CreateAsync(SharedStoreTestHost shared, string creator = Red)
    {
        var created = await shared.AcceptedAsync(new CreateTable(), creator);
        return new GameTableDriver(shared, GameTable.IdFor(created.Sequence));
    }

    /// <summary>Drops discs into <paramref name="columns"/>, each by whoever's turn it is.</summary>
    public async Task PlayAsync(params int[] columns)
    {
        foreach (var column in columns)
        {
            await AcceptedAsync(new DropDisc(TableId, column), Table.PlayerAt(Table.Turn)!);
        }
    }

    /// <summary>Plays the columns written as digits, e.g. "0101010".</summary>
    public Task PlayAsync(string columns) => PlayAsync([.. columns.Select(c => c - '0')]);

    public Task<DispatchResult> AcceptedAsync(object action, string userId) => shared.AcceptedAsync(action, userId);

    /// <summary>Asserts <paramref name="action"/> is rejected for <paramref name="reason"/> and changes no state at all.</summary>
    public async Task RejectedAsync(object action, string userId, string reason)
    {
        var before = State;
        await shared.RejectedAsync(action, userId, reason);
        Assert.Same(before, State);
    }
}

using BlazorSharedState.Store;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BlazorSharedState.Web.Tests.Log;

/// <summary>The app's state is a function of its log: rebuilt from the log, or a snapshot and the rest, it is the live state.</summary>
public sealed class LogReplayTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sharedstate-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("sqlite", int.MaxValue, 1)]
    [InlineData("sqlite", 37, 8)]
    [InlineData("sqlite", 37, 3)]
    [InlineData("memory", 37, 4)]
    public async Task WhenARandomRunOfRealActionsIsReplayed_ThenEveryFeatureEndsInTheLiveState(string log, int snapshotEvery, int seed)
    {
        var path = log == "sqlite" ? Path.Combine(_folder, "log.db") : null;
        var memory = log == "memory" ? new MemoryActionLog(Options.Create(new ActionLogOptions()), _time) : null;
        var live = await LoggedStore.StartAsync(_time, path, memory, snapshotEvery);
        var activity = new RandomActivity(seed);
        await activity.RunAsync(live.Store, _time, 1_000);
        Assert.True(activity.Rejected > 20, $"only {activity.Rejected} rejected actions");
        Assert.All(["SendMessage", "DropDisc", "TakeSeat", "DeleteMessage", "SetNickname", "CircuitClosed"], type => Assert.True(
            activity.Accepted.GetValueOrDefault(type) > 0, $"no {type} accepted: {string.Join(", ", activity.Accepted)}"));
        // The rebuilt store logs that it started, which drops the connections of the run before;
        // the live store hears the same, so both stand at the same point of the same history.
        await live.Store.DispatchAsync(new ServerStarted(), ActionOrigin.Server);
        var expected = live.StatesJson();

        await using var rebuilt = await LoggedStore.StartAsync(_time, path, memory, snapshotEvery);

        Assert.Equal(expected, rebuilt.StatesJson());
        Assert.Equal(live.Store.Sequence + 1, rebuilt.Store.Sequence);
        await live.DisposeAsync();
    }

    [Fact]
    public async Task WhenTheServerStartsAgain_ThenNobodyIsPresentTypingOrWatchingUntilTheirTabsReturn()
    {
        var path = Path.Combine(_folder, "log.db");
        await using (var before = await LoggedStore.StartAsync(_time, path, null, 10_000))
        {
            var alice = new ActionOrigin("alice", "alice-tab");
            await before.Store.DispatchAsync(new Features.Chat.EnterRoom("general"), alice);
            await before.Store.DispatchAsync(new Features.Chat.StartTyping("general"), alice);
            var table = await before.Store.DispatchAsync(new Features.Game.CreateTable(), alice);
            await before.Store.DispatchAsync(new Features.Game.WatchTable(Features.Game.GameTable.IdFor(table.Sequence)), new ActionOrigin("bob", "bob-tab"));
            Assert.Equal(["alice"], Features.Chat.ChatSelectors.Present(before.Store.GetState<Features.Chat.ChatState>(), "general").ToArray());
        }

        await using var after = await LoggedStore.StartAsync(_time, path, null, 10_000);
        var chat = after.Store.GetState<Features.Chat.ChatState>();

        Assert.Empty(Features.Chat.ChatSelectors.Present(chat, "general"));
        Assert.Empty(chat.Rooms["general"].Typing);
        Assert.Empty(after.Store.GetState<Features.Game.GameState>().Viewers);
        Assert.Single(after.Store.GetState<Features.Game.GameState>().Tables);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

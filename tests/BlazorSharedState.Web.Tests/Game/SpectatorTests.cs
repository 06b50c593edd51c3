using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Tests.Fixtures;
using static BlazorSharedState.Web.Tests.Game.GameTableDriver;

namespace BlazorSharedState.Web.Tests.Game;

public sealed class SpectatorTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenPeopleWatch_ThenSpectatorsArePeopleWhoAreNotSeatedNotTabs()
    {
        var subject = await SeatedAsync(_shared);

        await WatchAsync(subject, Red, "alice-1");
        await WatchAsync(subject, Red, "alice-2");
        await WatchAsync(subject, Spectator, "carol-1");
        await WatchAsync(subject, Spectator, "carol-2");
        await WatchAsync(subject, "dave", "dave-1");

        Assert.Equal(2, subject.State.SpectatorCount(subject.TableId));
    }

    [Fact]
    public async Task WhenAViewerDropsAndComesBack_ThenTheyStopAndResumeCounting()
    {
        var subject = await SeatedAsync(_shared);
        await WatchAsync(subject, Spectator, "carol-1");

        await LifecycleAsync(new CircuitDisconnected(), Spectator, "carol-1");
        Assert.Equal(0, subject.State.SpectatorCount(subject.TableId));

        await LifecycleAsync(new CircuitReconnected(), Spectator, "carol-1");
        Assert.Equal(1, subject.State.SpectatorCount(subject.TableId));

        await LifecycleAsync(new CircuitClosed(), Spectator, "carol-1");
        Assert.Equal(0, subject.State.SpectatorCount(subject.TableId));
        Assert.Empty(subject.State.Viewers);
    }

    [Fact]
    public async Task WhenATabOpensAnotherTable_ThenItWatchesOnlyThatOne()
    {
        var first = await SeatedAsync(_shared);
        var second = await SeatedAsync(_shared);

        await WatchAsync(first, Spectator, "carol-1");
        await WatchAsync(second, Spectator, "carol-1");
        await _shared.AcceptedAsync(new StopWatching(first.TableId), Spectator, "carol-1");

        Assert.Equal(0, first.State.SpectatorCount(first.TableId));
        Assert.Equal(1, second.State.SpectatorCount(second.TableId));
    }

    [Fact]
    public async Task WhenASpectatorSitsDown_ThenTheyAreNoLongerASpectator()
    {
        var subject = await CreateAsync(_shared);
        await WatchAsync(subject, Spectator, "carol-1");
        Assert.Equal(1, subject.State.SpectatorCount(subject.TableId));

        await subject.AcceptedAsync(new TakeSeat(subject.TableId, Disc.Yellow), Spectator);

        Assert.Equal(0, subject.State.SpectatorCount(subject.TableId));
    }

    private Task<DispatchResult> WatchAsync(GameTableDriver table, string userId, string circuitId) =>
        _shared.AcceptedAsync(new WatchTable(table.TableId), userId, circuitId);

    private Task<DispatchResult> LifecycleAsync(object action, string userId, string circuitId) => _shared.AcceptedAsync(action, userId, circuitId);

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}

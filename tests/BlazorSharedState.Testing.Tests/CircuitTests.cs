using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor;
using BlazorSharedState.Testing.Tests.Seats;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Testing.Tests;

public sealed class CircuitTests : IAsyncDisposable
{
    private SharedStoreTestHost Subject { get; } = new(o => o
        .ScanTypes(typeof(SeatState), typeof(SeatReducers), typeof(SeatGuards))
        .ConfigureCircuits(circuit => circuit.Services.AddSingleton(new CircuitMarker("host"))));

    [Fact]
    public async Task WhenAUserHasTwoTabs_ThenEachDispatchesAsThatUserFromItsOwnCircuit()
    {
        var tabs = new[] { Subject.OpenCircuit("alice"), Subject.OpenCircuit("alice") };

        var answers = await Task.WhenAll(tabs.Select((tab, i) => tab.Services.GetRequiredService<IDispatcher>().DispatchAsync(new TakeSeat($"{i}A"))));

        Assert.All(answers, answer => Assert.Equal("alice", answer.Meta!.UserId));
        Assert.Equal(
            [.. tabs.Select(tab => tab.Services.GetRequiredService<CircuitIdentity>().CircuitId)],
            answers.Select(answer => answer.Meta!.CircuitId));
        Assert.Equal(2, answers.Select(answer => answer.Meta!.CircuitId).Distinct().Count());
    }

    [Fact]
    public void WhenCircuitsAreOpened_ThenEachGetsTheHostsServicesAndItsOwnWin()
    {
        var plain = Subject.OpenCircuit("alice");
        var own = Subject.OpenCircuit("bob", services => services.AddSingleton(new CircuitMarker("bob's")));

        Assert.Equal("host", plain.Services.GetRequiredService<CircuitMarker>().From);
        Assert.Equal("bob's", own.Services.GetRequiredService<CircuitMarker>().From);
        Assert.Same(Subject.Store, own.Services.GetRequiredService<SharedStore>());
        Assert.Same(Subject.Time, own.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task WhenAnotherUserActs_ThenATabWaitsUntilItShowsIt()
    {
        var tab = Subject.OpenCircuit("bob").Render<SeatMap>();

        var taking = Task.Run(() => Subject.AcceptedAsync(new TakeSeat("2B"), "alice"));

        tab.WaitUntilShown(() => tab.FindAll("[data-seat='2B']").Count == 1, "alice in seat 2B");
        Assert.Equal("alice", tab.Find("[data-seat='2B']").TextContent);
        await taking;
    }

    [Fact]
    public void WhenATabNeverShowsIt_ThenTheWaitFailsNamingTheTabAndWhatItWaitedFor()
    {
        var tab = Subject.OpenCircuit("bob").Render<SeatMap>();

        var failure = Assert.Throws<SharedStoreAssertionException>(
            () => tab.WaitUntilShown(() => tab.FindAll("[data-seat]").Count == 1, "someone in a seat", TimeSpan.FromMilliseconds(100)));

        Assert.Equal("bob's tab (bob-circuit-0) didn't show someone in a seat within 0.1 s.", failure.Message);
    }

    [Fact]
    public void WhenAnAssertionNeverPasses_ThenTheWaitFailsWithItsLastFailure()
    {
        var tab = Subject.OpenCircuit("bob").Render<SeatMap>();

        var failure = Assert.Throws<SharedStoreAssertionException>(
            () => tab.WaitUntilShown(() => Assert.Fail("no seat is shown"), TimeSpan.FromMilliseconds(100)));

        Assert.Equal("bob's tab (bob-circuit-0) didn't show what was expected within 0.1 s: no seat is shown", failure.Message);
    }

    [Fact]
    public async Task WhenTheHostIsDisposed_ThenNoCircuitKeepsASubscriptionAndTheStoreStops()
    {
        Subject.OpenCircuit("alice").Render<SeatMap>();
        Subject.OpenCircuit("bob").Render<SeatMap>();
        Assert.True(Subject.Store.SubscriptionCount >= 2);

        await Subject.DisposeAsync();

        Assert.Equal(0, Subject.Store.SubscriptionCount);
        Assert.False(Subject.Store.IsRunning);
        Assert.Throws<ObjectDisposedException>(() => Subject.OpenCircuit("carol"));
    }

    public ValueTask DisposeAsync() => Subject.DisposeAsync();
}

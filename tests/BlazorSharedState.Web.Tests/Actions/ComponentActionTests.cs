using BlazorSharedState.Web.Features.Counter;
using BlazorSharedState.Web.Features.Profiles;
using BlazorSharedState.Web.Tests.Chat;
using BlazorSharedState.Web.Tests.Fixtures;
using BlazorSharedState.Web.Tests.Game;

namespace BlazorSharedState.Web.Tests.Actions;

/// <summary>A component hearing about actions through its base: its type only, on its circuit, while it lives.</summary>
public sealed class ComponentActionTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenActionsOfSeveralTypesFlow_ThenAComponentHearsItsAcceptedOnesInOrderWithMetaOnItsCircuit()
    {
        var subject = _shared.OpenCircuit("carol").Render<DecrementListener>();

        await _shared.AcceptedAsync(new IncrementCounter(), "alice");
        var first = await _shared.AcceptedAsync(new DecrementCounter(), "alice");
        await _shared.RejectedAsync(new DecrementCounter(), "bob", "The count can't go below zero.");
        await _shared.DispatchAsync(new SetNickname("Bob"), "bob");
        await _shared.AcceptedAsync(new IncrementCounter(), "bob");
        var second = await _shared.AcceptedAsync(new DecrementCounter(), "bob");

        subject.WaitUntilShown(() => Assert.Equal([$"#{first.Sequence} by alice", $"#{second.Sequence} by bob"], subject.TextsOf("heard")));
    }

    [Fact]
    public async Task WhenTheComponentIsDisposed_ThenItsActionSubscriptionEnds()
    {
        var circuit = _shared.OpenCircuit("carol");
        var before = _shared.Store.SubscriptionCount;
        var subject = circuit.Render<DecrementListener>().Instance;
        Assert.Equal(before + 1, _shared.Store.SubscriptionCount);

        await circuit.DisposeComponentsAsync();
        await _shared.DispatchAsync(new IncrementCounter());
        await _shared.DispatchAsync(new DecrementCounter());

        Assert.Equal(before, _shared.Store.SubscriptionCount);
        Assert.Empty(subject.Heard);
    }

    [Fact]
    public async Task WhenTheCircuitCloses_ThenItsComponentsActionSubscriptionsEnd()
    {
        var circuit = _shared.OpenCircuit("carol");
        var before = _shared.Store.SubscriptionCount;
        circuit.Render<DecrementListener>();
        circuit.Render<DecrementListener>();
        Assert.Equal(before + 2, _shared.Store.SubscriptionCount);

        await circuit.DisposeAsync();

        Assert.Equal(before, _shared.Store.SubscriptionCount);
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}

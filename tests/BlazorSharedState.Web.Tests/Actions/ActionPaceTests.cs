using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Counter;
using BlazorSharedState.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Web.Tests.Actions;

/// <summary>One tab can't flood the store: past its burst it is refused with a reason, and nobody else is.</summary>
public sealed class ActionPaceTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenATabActsFasterThanAnyoneClicks_ThenItIsToldSoAndOtherTabsAreNot()
    {
        var alice = _shared.OpenCircuit("alice", s => s.Configure<StoreLimits>(o => (o.ActionBurst, o.ActionsPerSecond) = (5, 1)));
        var bob = _shared.OpenCircuit("bob");
        var aliceDispatcher = alice.Services.GetRequiredService<IDispatcher>();

        var answers = new List<DispatchResult>();
        for (var i = 0; i < 20; i++)
        {
            answers.Add(await aliceDispatcher.DispatchAsync(new IncrementCounter()));
        }

        var accepted = answers.Count(a => a.IsAccepted);
        // The burst, and at most one token refilled while the twenty went by.
        Assert.InRange(accepted, 5, 6);
        Assert.All(answers.Where(a => !a.IsAccepted), a => Assert.Equal(StoreLimits.TooFastReason, a.Reason));
        Assert.True((await bob.Services.GetRequiredService<IDispatcher>().DispatchAsync(new IncrementCounter())).IsAccepted);
        Assert.Equal(accepted + 1, _shared.Store.GetState<CounterState>().Value);
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}

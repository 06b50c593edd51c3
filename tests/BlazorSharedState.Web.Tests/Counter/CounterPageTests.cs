using BlazorSharedState.Web.Features.Counter;
using BlazorSharedState.Web.Features.Profiles;
using BlazorSharedState.Web.Tests.Fixtures;

namespace BlazorSharedState.Web.Tests.Counter;

public sealed class CounterPageTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenOneCircuitClicksIncrement_ThenTheOtherCircuitShowsTheNewCount()
    {
        var alice = _shared.OpenCircuit("alice").Render<CounterPage>();
        var bob = _shared.OpenCircuit("bob").Render<CounterPage>();

        // Find and click in one turn on the tab's dispatcher: a store-driven render between them would retire the handler.
        await alice.InvokeAsync(() => alice.Find("[data-testid=counter-increment]").Click());
        await alice.InvokeAsync(() => alice.Find("[data-testid=counter-increment]").Click());

        bob.WaitForAssertion(() => Assert.Equal("2", bob.Find("[data-testid=counter-value]").TextContent));
        alice.WaitForAssertion(() => Assert.Equal("2", alice.Find("[data-testid=counter-value]").TextContent));
        await bob.InvokeAsync(() => bob.Find("[data-testid=counter-reset]").Click());
        alice.WaitForAssertion(() => Assert.Equal("0", alice.Find("[data-testid=counter-value]").TextContent));
    }

    [Fact]
    public async Task WhenAnActionIsDispatchedFromTaskRun_ThenEveryCircuitRendersItOnItsOwnDispatcher()
    {
        var tabs = Enumerable.Range(0, 3).Select(i => _shared.OpenCircuit($"user-{i}").Render<CounterPage>()).ToList();

        await Task.Run(() => _shared.DispatchAsync(new IncrementCounter()));

        // Rendering off a circuit's dispatcher would throw inside bUnit; every tab must show 1.
        Assert.All(tabs, tab => tab.WaitForAssertion(() => Assert.Equal("1", tab.Find("[data-testid=counter-value]").TextContent)));
    }

    [Fact]
    public async Task WhenManyActionsArriveWhileTheCircuitIsBusy_ThenItRendersOnceWithTheLatestState()
    {
        var tab = _shared.OpenCircuit("alice").Render<CounterRenderProbe>();
        Assert.Equal(1, tab.Instance.Renders);

        // Hold the circuit's dispatcher while 100 actions are reduced: their notifications pile up.
        await tab.InvokeAsync(() =>
        {
            var sent = Enumerable.Range(0, 100).Select(_ => _shared.DispatchAsync(new IncrementCounter())).ToArray();
            Task.WaitAll(sent);
        });

        tab.WaitForAssertion(() => Assert.Equal("100", tab.Find("[data-testid=probe-value]").TextContent));
        // Counted after the markup is applied (OnAfterRender), so polled.
        await Wait.UntilAsync(() => tab.Instance.Renders >= 2, "the render showing 100 to complete");
        Assert.Equal(2, tab.Instance.Renders);
    }

    [Fact]
    public async Task WhenOneCircuitIsStuckRendering_ThenTheStoreKeepsAnsweringEveryoneElse()
    {
        using var hold = new ManualResetEventSlim(initialState: false);
        var stuck = _shared.OpenCircuit("alice").Render<CounterRenderProbe>(p => p.Add(c => c.HoldRenders, hold));
        var healthy = _shared.OpenCircuit("bob").Render<CounterRenderProbe>();

        // An idle Blazor dispatcher runs InvokeAsync work inline on the caller: were the store's
        // loop the caller, it would now be stuck inside Alice's render and answer nobody.
        var answers = await Wait.ForAsync(
            Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _shared.DispatchAsync(new IncrementCounter()))),
            "the store to answer ten actions while one circuit is stuck rendering");

        Assert.All(answers, a => Assert.True(a.IsAccepted));
        healthy.WaitForAssertion(() => Assert.Equal("10", healthy.Find("[data-testid=probe-value]").TextContent));
        hold.Set();
        stuck.WaitForAssertion(() => Assert.Equal("10", stuck.Find("[data-testid=probe-value]").TextContent));
    }

    [Fact]
    public async Task WhenTheCountIsZero_ThenDecrementIsDisabled()
    {
        var tab = _shared.OpenCircuit("alice").Render<CounterPage>();

        Assert.True(tab.Find("[data-testid=counter-decrement]").HasAttribute("disabled"));
        await tab.InvokeAsync(() => tab.Find("[data-testid=counter-increment]").Click());
        tab.WaitForAssertion(() => Assert.False(tab.Find("[data-testid=counter-decrement]").HasAttribute("disabled")));
    }

    [Fact]
    public async Task WhenSomeoneChangesTheCount_ThenEveryTabSaysWhichChangeAndByWhom()
    {
        var bob = _shared.OpenCircuit("bob").Render<CounterPage>();
        Assert.Empty(bob.FindAll("[data-testid=counter-last-change]"));

        await _shared.DispatchAsync(new IncrementCounter(), "alice");
        bob.WaitForAssertion(() => Assert.StartsWith("Last change #1 by Guest ALIC at ", bob.Find("[data-testid=counter-last-change]").TextContent, StringComparison.Ordinal));

        // The caption follows the author's nickname, not only the count.
        await _shared.DispatchAsync(new SetNickname("Alice"), "alice");
        bob.WaitForAssertion(() => Assert.StartsWith("Last change #1 by Alice at ", bob.Find("[data-testid=counter-last-change]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhenCircuitsAreDisposed_ThenTheStoreHoldsNoSubscriptions()
    {
        for (var i = 0; i < 5; i++)
        {
            _shared.OpenCircuit($"user-{i}").Render<CounterPage>();
        }

        Assert.True(_shared.Store.SubscriptionCount >= 5);
        await _shared.DisposeAsync();

        Assert.Equal(0, _shared.Store.SubscriptionCount);
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}

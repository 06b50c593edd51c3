using System.Diagnostics.Metrics;
using BlazorSharedState.Store.Internal;
using BlazorSharedState.Store.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorSharedState.Store.Tests;

public sealed class GuardAndFailureTests
{
    [Fact]
    public async Task WhenAGuardRejects_ThenStateIsUntouchedTheReasonIsReturnedAndTheActionKeepsItsLoggedSequence()
    {
        await using var harness = await StoreHarness.StartAsync();
        await harness.Subject.DispatchAsync(new Add(TallyState.Limit), StoreHarness.User("alice"));
        var before = harness.Subject.GetState<TallyState>();

        var result = await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("bob"));

        Assert.False(result.IsAccepted);
        Assert.Equal($"The tally can't pass {TallyState.Limit}.", result.Reason);
        Assert.Same(before, harness.Subject.GetState<TallyState>());
        // Rejected actions are logged too (replay reaches the same verdict), so the sequence moves on.
        Assert.Equal((2L, 2L), (result.Sequence, harness.Subject.Sequence));
        Assert.Equal(3, (await harness.Subject.DispatchAsync(new Ping("next"), StoreHarness.User("bob"))).Sequence);
    }

    [Fact]
    public async Task WhenAReducerThrows_ThenTheActionIsRejectedNoFeatureChangesItIsLoggedAndTheLoopGoesOn()
    {
        await using var harness = await StoreHarness.StartAsync();
        var labelBefore = harness.Subject.GetState<LabelState>();

        var failed = await harness.Subject.DispatchAsync(new Explode(), StoreHarness.User("alice"));
        var next = await harness.Subject.DispatchAsync(new Add(2), StoreHarness.User("alice"));

        Assert.False(failed.IsAccepted);
        Assert.Contains("nothing was changed", failed.Reason, StringComparison.Ordinal);
        Assert.Same(labelBefore, harness.Subject.GetState<LabelState>());
        Assert.True(next.IsAccepted);
        Assert.Equal(2, next.Sequence);
        Assert.Equal(2, harness.Subject.GetState<TallyState>().Count);
        var error = Assert.Single(harness.Logs.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Equal("boom", error.Exception?.Message);
        Assert.Equal("Reducer TallyReducers.Explode threw on Explode; the action was rejected and no state changed", error.Message);
    }

    [Fact]
    public async Task WhenAGuardThrows_ThenTheLogNamesTheGuardNotAReducerAndNothingChanges()
    {
        await using var harness = await StoreHarness.StartAsync();
        var before = harness.Subject.GetState<TallyState>();

        var failed = await harness.Subject.DispatchAsync(new Jam(), StoreHarness.User("alice"));

        Assert.Equal(Reduction.FailedReason, failed.Reason);
        Assert.Same(before, harness.Subject.GetState<TallyState>());
        var error = Assert.Single(harness.Logs.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Equal("jammed", error.Exception?.Message);
        Assert.Equal("Guard TallyGuards.Jammed threw on Jam; the action was rejected and no state changed", error.Message);
    }

    [Fact]
    public async Task WhenSomethingThrowsAfterTheStateIsCommitted_ThenTheLogSaysWhatFailedAndThatTheNewStateStands()
    {
        await using var harness = await StoreHarness.StartAsync();
        using var broken = new ThrowingMeterListener(harness.Services.GetRequiredService<IMeterFactory>(), "sharedstore.actions.reduced");

        var result = await harness.Subject.DispatchAsync(new Add(2), StoreHarness.User("alice"));

        // The state is the new one for everyone, so its dispatcher is told the truth: accepted.
        Assert.True(result.IsAccepted);
        Assert.Equal(2, harness.Subject.GetState<TallyState>().Count);
        var error = Assert.Single(harness.Logs.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Equal("exporter broke", error.Exception?.Message);
        Assert.Equal("Add (sequence 1) was applied, but publishing it failed afterwards; its new state stands", error.Message);
        broken.Dispose();
        Assert.True((await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"))).IsAccepted);
    }

    [Fact]
    public async Task WhenSomethingThrowsWhileRejecting_ThenTheLogSaysNoStateChanged()
    {
        await using var harness = await StoreHarness.StartAsync();
        using var broken = new ThrowingMeterListener(harness.Services.GetRequiredService<IMeterFactory>(), "sharedstore.actions.rejected");

        var result = await harness.Subject.DispatchAsync(new Add(-1), StoreHarness.User("alice"));

        Assert.False(result.IsAccepted);
        Assert.Equal(0, harness.Subject.GetState<TallyState>().Count);
        var error = Assert.Single(harness.Logs.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Equal("Applying Add (sequence 1) failed while rejecting it; no state changed", error.Message);
    }

    [Fact]
    public async Task WhenAnEffectThrows_ThenItIsLoggedOnceAndTheDispatcherStillSeesAcceptance()
    {
        await using var harness = await StoreHarness.StartAsync();

        var result = await harness.Subject.DispatchAsync(new Ping("fail"), StoreHarness.User("alice"));
        await Wait.UntilAsync(() => harness.Logs.GetSnapshot().Any(r => r.Level == LogLevel.Error), "effect failure logged");
        await Wait.UntilAsync(() => harness.Subject.RunningEffects == 0, "effects done");

        Assert.True(result.IsAccepted);
        var error = Assert.Single(harness.Logs.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Equal("effect failed", error.Exception?.Message);
        Assert.True((await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"))).IsAccepted);
    }

    [Fact]
    public async Task WhenAnEffectDispatchesAFollowUp_ThenItIsReducedOnBehalfOfTheSameUser()
    {
        await using var harness = await StoreHarness.StartAsync();

        await harness.Subject.DispatchAsync(new Ping("follow-up"), StoreHarness.User("alice"));
        await Wait.UntilAsync(() => harness.Subject.GetState<TallyState>().Count == 1, "follow-up reduced");

        var tally = harness.Subject.GetState<TallyState>();
        Assert.Equal("alice", tally.LastUserId);
        Assert.Equal(2, tally.LastSequence);
    }

    [Fact]
    public async Task WhenAnEffectHoldsItsThread_ThenTheLoopAppliesLaterActionsMeanwhile()
    {
        await using var harness = await StoreHarness.StartAsync();

        await harness.Subject.DispatchAsync(new Ping(PingEffectProbe.WaitForTheLoop), StoreHarness.User("alice"));
        var next = await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("bob"));
        await Wait.UntilAsync(() => !harness.Probe.LoopWentOn.IsEmpty, "the effect holding its thread to finish");

        Assert.True(next.IsAccepted);
        Assert.True(Assert.Single(harness.Probe.LoopWentOn), "The effect ran on the store's loop: nothing was applied while it held its thread.");
    }

    [Fact]
    public async Task WhenAnActionCarriesFakeIdentityFields_ThenMetaStillComesFromTheServer()
    {
        await using var harness = await StoreHarness.StartAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        var result = await harness.Subject.DispatchAsync(new AddAs(1, UserId: "mallory", Sequence: 999), StoreHarness.User("alice", "tab-1"));

        var meta = result.Meta!;
        Assert.Equal(("alice", "tab-1", 1L), (meta.UserId, meta.CircuitId, meta.Sequence));
        Assert.Equal(StoreHarness.Start.AddMinutes(5), meta.Time);
        Assert.NotEqual(Guid.Empty, meta.Id);
        Assert.Equal("alice", harness.Subject.GetState<TallyState>().LastUserId);
    }

    [Fact]
    public async Task WhenTheClockStepsBack_ThenActionTimesNeverDecrease()
    {
        var clock = new SteppableClock(StoreHarness.Start.AddHours(1));
        await using var harness = await StoreHarness.StartAsync(time: clock);
        var first = await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));

        clock.Now = StoreHarness.Start;
        var second = await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));

        Assert.Equal(first.Meta!.Time, second.Meta!.Time);
    }

    [Fact]
    public async Task WhenActionsFlow_ThenMiddlewareSeesEachInOrderIncludingRejections()
    {
        await using var harness = await StoreHarness.StartAsync();

        await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        await harness.Subject.DispatchAsync(new Add(-1), StoreHarness.User("alice"));
        await harness.Subject.DispatchAsync(new Touch(), StoreHarness.User("alice"));

        Assert.Equal(["before Add #1", "after Add #1", "rejected Add", "before Touch #3", "after Touch #3"], harness.Middleware.Events);
    }
}

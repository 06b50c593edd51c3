using BlazorSharedState.Store.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Store.Tests;

/// <summary>The loop never leaves a dispatcher hanging: a full queue says so, and a stopped loop says so.</summary>
public sealed class LoopSupervisionTests
{
    private readonly FlakyLog _log = new(new MemoryActionLog(Options.Create(new ActionLogOptions()), TimeProvider.System));

    [Fact]
    public async Task WhenTheQueueIsFull_ThenMoreActionsAreRefusedAsBusyAndTheQueuedOnesStillGoThrough()
    {
        await using var harness = await StoreHarness.StartAsync(configure: s => s
            .AddSingleton<IActionLog>(_log)
            .Configure<StoreLimits>(o => o.QueueLimit = 10));
        _log.Held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        await Wait.UntilAsync(() => harness.Subject.QueueLength == 0, "the loop to take the first action into a held append");

        var queued = Enumerable.Range(0, 10).Select(_ => harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"))).ToList();
        var refused = await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("bob"));

        Assert.Equal(StoreLimits.BusyReason, refused.Reason);
        Assert.Equal(10, harness.Subject.QueueLength);
        _log.Held.SetResult();
        Assert.All(await Task.WhenAll(queued.Prepend(inFlight)), a => Assert.True(a.IsAccepted));
        Assert.Equal(11, harness.Subject.GetState<TallyState>().Count);
        Assert.True((await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("bob"))).IsAccepted);
    }

    [Fact]
    public async Task WhenTheLoopFails_ThenEveryDispatchIsAnsweredAndTheStoreAndItsLogSayWhy()
    {
        await using var harness = await StoreHarness.StartAsync(configure: s => s.AddSingleton<IActionLog>(_log));
        Assert.True((await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"))).IsAccepted);

        // A log that answers an append with nothing breaks the loop outside any one step's handling.
        _log.AnswersNothing = true;
        var atTheFailure = await Wait.ForAsync(harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice")), "the answer to the action whose append broke the loop");
        var afterIt = await Wait.ForAsync(harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("bob")), "the answer to an action after the loop stopped");

        // The dispatcher of the failing batch hears first; the loop says why as it stops.
        await Wait.UntilAsync(
            () => harness.Logs.GetSnapshot().Any(r => r.Level == LogLevel.Critical && r.Exception is not null),
            "the loop's failure logged as critical, with its exception");
        Assert.False(atTheFailure.IsAccepted);
        Assert.Equal(atTheFailure.Reason, afterIt.Reason);
        Assert.StartsWith("The server has stopped taking changes", afterIt.Reason, StringComparison.Ordinal);
        Assert.False(harness.Subject.IsRunning);
        Assert.Contains("loop stopped", harness.Subject.HaltedProblem, StringComparison.Ordinal);
    }
}

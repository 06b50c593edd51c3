using BlazorSharedState.Store.Tests.Fixtures;

namespace BlazorSharedState.Store.Tests;

public sealed class BatchPublishTests
{
    [Fact]
    public async Task WhenTheQueueFallsBehind_ThenSubscribersHearOncePerBatch_AndNoActionIsAnsweredBeforeItsStateIsPublished()
    {
        await using var harness = await StoreHarness.StartAsync();
        using var held = new ManualResetEventSlim();
        var publishes = 0;
        long lastPublished = 0;
        // The first publish holds the loop while the other actions queue up behind it.
        using var subscription = harness.Subject.Subscribe<TallyState>(state =>
        {
            if (Interlocked.Increment(ref publishes) == 1)
            {
                held.Wait(TimeSpan.FromSeconds(10));
            }

            Volatile.Write(ref lastPublished, state.Count);
        });

        var first = harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        await Wait.UntilAsync(() => Volatile.Read(ref publishes) == 1, "the first publish to hold the loop");
        var queued = Enumerable.Range(0, 50).Select(async _ =>
        {
            var answer = await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("bob"));
            return (Answer: answer, PublishedThen: Volatile.Read(ref lastPublished));
        }).ToList();
        await Wait.UntilAsync(() => harness.Subject.QueueLength == 50, "the 50 actions to queue behind the held publish");
        held.Set();

        var answers = await Task.WhenAll(queued);
        Assert.True((await first).IsAccepted);
        Assert.All(answers, a => Assert.True(a.Answer.IsAccepted));
        // Each added 1 to a tally that started at 0, so an action's sequence is the count it made.
        Assert.All(answers, a => Assert.True(a.PublishedThen >= a.Answer.Meta!.Sequence, $"answered at {a.Answer.Meta.Sequence}, published {a.PublishedThen}"));
        Assert.Equal(51, harness.Subject.GetState<TallyState>().Count);
        Assert.Equal(51L, Volatile.Read(ref lastPublished));
        Assert.Equal(2, Volatile.Read(ref publishes));
    }
}

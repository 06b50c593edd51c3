namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>
/// A clock that moves one <c>step</c> on each time it is read, and whose timers fire a thousand
/// times sooner. The store reads it once per stamp, so generated chat traffic spans days at one
/// action per step however fast the machine runs: a user, who has one action in flight at a
/// time, can never post five within five seconds, and the flood limit refuses nothing. The
/// typing effect reads it while it waits, so its expiry comes a few steps later, as it would.
/// </summary>
internal sealed class SteppingClock(DateTimeOffset start, TimeSpan step) : TimeProvider
{
    private long _reads;

    public override DateTimeOffset GetUtcNow() => start + (step * Interlocked.Increment(ref _reads));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        base.CreateTimer(callback, state, Sooner(dueTime), Sooner(period));

    // Zero and Timeout.InfiniteTimeSpan (negative) keep their meaning.
    private static TimeSpan Sooner(TimeSpan span) => span <= TimeSpan.Zero ? span : span / 1000;
}

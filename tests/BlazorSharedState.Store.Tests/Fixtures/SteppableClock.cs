namespace BlazorSharedState.Store.Tests.Fixtures;

/// <summary>A wall clock that can be stepped backwards, as NTP sometimes does.</summary>
public sealed class SteppableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

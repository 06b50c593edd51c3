namespace BlazorSharedState.Web.Features.Counter;

/// <summary>The server-stamped facts of the last change to the count.</summary>
public sealed record CounterChange(string UserId, DateTimeOffset Time, long Sequence);

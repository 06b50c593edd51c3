namespace BlazorSharedState.Store.Tests.Fixtures;

public sealed record Add(long Amount);

/// <summary>Carries fake identity fields; the store must ignore them.</summary>
public sealed record AddAs(long Amount, string UserId, long Sequence);

public sealed record Explode;

public sealed record Touch;

public sealed record Ping(string Text);

namespace BlazorSharedState.Store.Tests.Fixtures;

/// <summary>What the adding actions have in common: an action subscription may ask for all of them.</summary>
public interface IAddition
{
    long Amount { get; }
}

public sealed record Add(long Amount) : IAddition;

/// <summary>Carries fake identity fields; the store must ignore them.</summary>
public sealed record AddAs(long Amount, string UserId, long Sequence) : IAddition;

public sealed record Explode;

/// <summary>Its guard throws.</summary>
public sealed record Jam;

public sealed record Touch;

public sealed record Ping(string Text);

using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Tests.Fixtures;

/// <summary>A test feature: a count, who last added, and a log of sequences seen.</summary>
[FeatureState]
public sealed record TallyState(long Count, string? LastUserId, long LastSequence)
{
    public const long Limit = 1_000_000;

    private TallyState()
        : this(0, null, 0)
    {
    }
}

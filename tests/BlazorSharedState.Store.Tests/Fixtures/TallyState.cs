using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Tests.Fixtures;

/// <summary>A test feature: a count, and who last added to it at which sequence.</summary>
[FeatureState]
public sealed record TallyState(long Count, string? LastUserId, long LastSequence)
{
    public const long Limit = 1_000_000;

    private TallyState()
        : this(0, null, 0)
    {
    }
}

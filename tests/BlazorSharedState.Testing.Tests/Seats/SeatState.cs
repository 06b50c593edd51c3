using System.Collections.Immutable;
using BlazorSharedState.Store;

namespace BlazorSharedState.Testing.Tests.Seats;

/// <summary>A small feature for the library's tests: seats, and who has taken each.</summary>
[FeatureState]
public sealed record SeatState(ImmutableSortedDictionary<string, string> Taken)
{
    private SeatState()
        : this(ImmutableSortedDictionary<string, string>.Empty)
    {
    }
}

using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Counter;

/// <summary>The shared count, and who last changed it.</summary>
[FeatureState(Name = "Counter")]
public sealed record CounterState(int Value, CounterChange? LastChange)
{
    /// <summary>The highest count; keeps the number readable and far from overflow.</summary>
    public const int Max = 1_000_000;

    private CounterState()
        : this(0, null)
    {
    }
}

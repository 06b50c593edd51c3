using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Tests.Fixtures;

/// <summary>A second feature, changed by the same action as the tally in one case.</summary>
[FeatureState]
public sealed record LabelState(string Text)
{
    private LabelState()
        : this(string.Empty)
    {
    }

    [ReducerMethod]
    public static LabelState OnPing(LabelState state, Ping action) => state with { Text = action.Text };

    /// <summary>Reduces Explode too, before the tally reducer throws: must not be committed.</summary>
    [ReducerMethod]
    public static LabelState OnExplode(LabelState state, Explode action) => state with { Text = "half-applied" };
}

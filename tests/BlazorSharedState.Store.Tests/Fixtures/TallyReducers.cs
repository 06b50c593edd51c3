using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Tests.Fixtures;

public static class TallyReducers
{
    [ReducerMethod]
    public static TallyState Add(TallyState state, Add action, ActionMeta meta) =>
        state with { Count = state.Count + action.Amount, LastUserId = meta.UserId, LastSequence = meta.Sequence };

    [ReducerMethod]
    public static TallyState AddAs(TallyState state, AddAs action, ActionMeta meta) =>
        state with { Count = state.Count + action.Amount, LastUserId = meta.UserId, LastSequence = meta.Sequence };

    [ReducerMethod]
    public static TallyState Explode(TallyState state, Explode action) =>
        throw new InvalidOperationException("boom");

    /// <summary>Touch changes nothing: returns the same instance, so nobody is woken.</summary>
    [ReducerMethod]
    public static TallyState Touch(TallyState state, Touch action) => state;
}

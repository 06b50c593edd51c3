using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Tests.Fixtures;

public static class TallyGuards
{
    [GuardMethod]
    public static GuardResult WithinLimit(TallyState state, Add action) =>
        state.Count + action.Amount > TallyState.Limit
            ? GuardResult.Reject($"The tally can't pass {TallyState.Limit}.")
            : action.Amount < 0 ? GuardResult.Reject("Only positive amounts.") : GuardResult.Allow;

    [GuardMethod]
    public static GuardResult Jammed(TallyState state, Jam action) =>
        throw new InvalidOperationException("jammed");
}

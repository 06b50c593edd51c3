using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Counter;

/// <summary>The count stays between 0 and <see cref="CounterState.Max"/>, however the clicks race.</summary>
public static class CounterGuards
{
    [GuardMethod]
    public static GuardResult CanIncrement(CounterState state, IncrementCounter action) =>
        state.Value < CounterState.Max
            ? GuardResult.Allow
            : GuardResult.Reject($"The count can't go above {CounterState.Max:N0}.");

    [GuardMethod]
    public static GuardResult CanDecrement(CounterState state, DecrementCounter action) =>
        state.Value > 0
            ? GuardResult.Allow
            : GuardResult.Reject("The count can't go below zero.");
}

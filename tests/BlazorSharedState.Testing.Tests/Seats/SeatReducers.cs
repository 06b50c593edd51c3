using BlazorSharedState.Store;

namespace BlazorSharedState.Testing.Tests.Seats;

public static class SeatReducers
{
    [ReducerMethod]
    public static SeatState Take(SeatState state, TakeSeat action, ActionMeta meta) =>
        state with { Taken = state.Taken.Add(action.Seat, meta.UserId) };
}

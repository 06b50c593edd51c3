using BlazorSharedState.Store;

namespace BlazorSharedState.Testing.Tests.Seats;

public static class SeatGuards
{
    [GuardMethod]
    public static GuardResult CanTake(SeatState state, TakeSeat action) =>
        state.Taken.ContainsKey(action.Seat) ? GuardResult.Reject($"Seat {action.Seat} is taken.") : GuardResult.Allow;
}

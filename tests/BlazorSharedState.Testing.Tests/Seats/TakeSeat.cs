namespace BlazorSharedState.Testing.Tests.Seats;

public sealed record TakeSeat(string Seat);

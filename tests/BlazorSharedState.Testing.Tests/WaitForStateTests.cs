using BlazorSharedState.Testing.Tests.Seats;

namespace BlazorSharedState.Testing.Tests;

public sealed class WaitForStateTests : IAsyncDisposable
{
    private SharedStoreTestHost Subject { get; } = new(typeof(SeatState).Assembly);

    [Fact]
    public async Task WhenTheStateIsThereAlready_ThenTheWaitReturnsIt()
    {
        await Subject.AcceptedAsync(new TakeSeat("1A"), "alice");

        var seats = await Subject.WaitForStateAsync<SeatState>(s => s.Taken.ContainsKey("1A"), "seat 1A taken");

        Assert.Same(Subject.GetState<SeatState>(), seats);
    }

    [Fact]
    public async Task WhenActionsArriveWhileWaiting_ThenTheWaitReturnsTheFirstStateThatMeetsTheCondition()
    {
        var waiting = Subject.WaitForStateAsync<SeatState>(s => s.Taken.Count >= 3, "three seats taken");

        foreach (var seat in new[] { "1A", "1B", "1C", "1D" })
        {
            Subject.Store.Dispatch(new TakeSeat(seat), new("alice", "alice-tab"));
        }

        var seats = await waiting;
        Assert.True(seats.Taken.Count >= 3);
    }

    [Fact]
    public async Task WhenTheStateNeverComes_ThenTheWaitFailsSayingWhatItWaitedFor()
    {
        await using var impatient = new SharedStoreTestHost(o =>
        {
            o.ScanAssemblies(typeof(SeatState).Assembly);
            o.Patience = TimeSpan.FromMilliseconds(100);
        });
        await impatient.AcceptedAsync(new TakeSeat("1A"), "alice");

        var failure = await Assert.ThrowsAsync<SharedStoreAssertionException>(
            () => impatient.WaitForStateAsync<SeatState>(s => s.Taken.ContainsKey("9Z"), "seat 9Z taken"));

        Assert.Equal($"Timed out after 0.1 s waiting for seat 9Z taken in SeatState; the store is at sequence {impatient.Store.Sequence}.", failure.Message);
    }

    public ValueTask DisposeAsync() => Subject.DisposeAsync();
}

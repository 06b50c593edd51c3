using BlazorSharedState.Store;
using BlazorSharedState.Testing.Tests.Seats;

namespace BlazorSharedState.Testing.Tests;

public sealed class AnswerTests : IAsyncDisposable
{
    private SharedStoreTestHost Subject { get; } = new(typeof(SeatState).Assembly);

    [Fact]
    public async Task WhenAnActionIsAccepted_ThenItsAnswerIsStampedWithTheUserAndTheHostsClock()
    {
        Subject.Time.Advance(TimeSpan.FromMinutes(5));

        var answer = await Subject.AcceptedAsync(new TakeSeat("1A"), "alice");

        Assert.Equal("alice", answer.Meta!.UserId);
        Assert.Equal("alice-elsewhere", answer.Meta.CircuitId);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 12, 5, 0, TimeSpan.Zero), answer.Meta.Time);
        Assert.Equal("alice", Subject.GetState<SeatState>().Taken["1A"]);
    }

    [Fact]
    public async Task WhenATabIsNamed_ThenTheActionComesFromThatTab()
    {
        var answer = await Subject.AcceptedAsync(new TakeSeat("1A"), "alice", circuitId: "alice-phone");

        Assert.Equal("alice-phone", answer.Meta!.CircuitId);
    }

    [Fact]
    public async Task WhenTheServerDispatches_ThenTheActionComesFromNoTab()
    {
        var answer = await Subject.AcceptedAsync(new TakeSeat("1A"), ActionOrigin.ServerUserId);

        Assert.Equal(ActionOrigin.Server, new ActionOrigin(answer.Meta!.UserId, answer.Meta.CircuitId));
    }

    [Fact]
    public async Task WhenAnActionIsRejectedForTheExpectedReason_ThenRejectedAsyncReturnsTheAnswerAndNothingChanged()
    {
        await Subject.AcceptedAsync(new TakeSeat("1A"), "alice");
        var before = Subject.GetState<SeatState>();

        var answer = await Subject.RejectedAsync(new TakeSeat("1A"), "bob", "Seat 1A is taken.");

        Assert.Equal("bob", answer.Meta!.UserId);
        Assert.Same(before, Subject.GetState<SeatState>());
    }

    [Fact]
    public async Task WhenAcceptedAsyncIsAnsweredWithARejection_ThenItFailsNamingTheActionTheUserAndTheReason()
    {
        await Subject.AcceptedAsync(new TakeSeat("1A"), "alice");

        var failure = await Assert.ThrowsAsync<SharedStoreAssertionException>(() => Subject.AcceptedAsync(new TakeSeat("1A"), "bob"));

        Assert.Equal("Expected TakeSeat { Seat = 1A } from bob to be accepted, but it was rejected with \"Seat 1A is taken.\".", failure.Message);
    }

    [Fact]
    public async Task WhenRejectedAsyncIsAnsweredWithAnAcceptance_ThenItFailsNamingTheActionTheUserTheExpectedReasonAndTheAcceptance()
    {
        var failure = await Assert.ThrowsAsync<SharedStoreAssertionException>(
            () => Subject.RejectedAsync(new TakeSeat("1A"), "bob", "Seat 1A is taken."));

        Assert.Equal(
            $"Expected TakeSeat {{ Seat = 1A }} from bob to be rejected with \"Seat 1A is taken.\", but it was accepted as #{Subject.Store.Sequence}.",
            failure.Message);
    }

    [Fact]
    public async Task WhenRejectedAsyncIsAnsweredWithAnotherReason_ThenItFailsNamingTheActionTheUserAndBothReasons()
    {
        await Subject.AcceptedAsync(new TakeSeat("1A"), "alice");

        var failure = await Assert.ThrowsAsync<SharedStoreAssertionException>(
            () => Subject.RejectedAsync(new TakeSeat("1A"), "bob", "That seat is broken."));

        Assert.Equal(
            "Expected TakeSeat { Seat = 1A } from bob to be rejected with \"That seat is broken.\", but it was rejected with \"Seat 1A is taken.\".",
            failure.Message);
    }

    [Fact]
    public async Task WhenTheActionIsLong_ThenTheFailureCutsItShort()
    {
        var seat = new string('x', 1000);
        await Subject.AcceptedAsync(new TakeSeat(seat), "alice");

        var failure = await Assert.ThrowsAsync<SharedStoreAssertionException>(() => Subject.AcceptedAsync(new TakeSeat(seat), "bob"));

        Assert.StartsWith($"Expected TakeSeat {{ Seat = {seat[..182]}… from bob to be accepted", failure.Message, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => Subject.DisposeAsync();
}

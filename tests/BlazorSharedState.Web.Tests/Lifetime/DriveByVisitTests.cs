using System.Text.Json;
using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Counter;
using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Features.Housekeeping;
using BlazorSharedState.Web.Features.Profiles;
using BlazorSharedState.Web.Tests.Fixtures;

namespace BlazorSharedState.Web.Tests.Lifetime;

/// <summary>
/// A guest identity costs a visitor nothing, so what a visit leaves in the shared state must end:
/// ten thousand visitors who come once and go leave the state the size it was, once their
/// retention has passed and the server has tidied up.
/// </summary>
public sealed class DriveByVisitTests : IAsyncDisposable
{
    private const int Visits = 10_000;

    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenTenThousandGuestsVisitOnceAndLeave_ThenTheStateReturnsToItsSizeAfterTheirRetention()
    {
        await _shared.DispatchAsync(new SetNickname("Regular"), "regular");
        await _shared.DispatchAsync(new EnterRoom("general"), "regular");
        await _shared.DispatchAsync(new SendMessage("general", "hello, passers-by"), "regular");
        _shared.Time.Advance(ChatState.FloodWindow);
        await _shared.AcceptedAsync(new TidyUp(), ActionOrigin.ServerUserId);
        var before = StateSize();

        for (var visit = 0; visit < Visits; visit++)
        {
            var (visitor, tab) = ($"visitor-{visit}", $"visitor-{visit}-tab");
            await _shared.AcceptedAsync(new CircuitOpened(), visitor, tab);
            await _shared.AcceptedAsync(new EnterRoom(visit % 2 == 0 ? "general" : "random"), visitor, tab);
            await _shared.AcceptedAsync(new CircuitClosed(), visitor, tab);
        }

        Assert.True(StateSize() > before, "A visit that opened the chat keeps its unread marks for a while.");
        Assert.Equal(Visits + 1, _shared.Store.GetState<ChatState>().Seen.Count);

        // The regular keeps coming back; the visitors never do.
        _shared.Time.Advance(ChatState.ReaderRetention);
        await _shared.DispatchAsync(new EnterRoom("general"), "regular");
        Assert.True(HousekeepingService.IsDue(_shared.Store, _shared.Time.GetUtcNow()));
        await _shared.AcceptedAsync(new TidyUp(), ActionOrigin.ServerUserId);

        Assert.False(HousekeepingService.IsDue(_shared.Store, _shared.Time.GetUtcNow()));
        Assert.Equal(before, StateSize());
        Assert.Equal(["regular"], _shared.Store.GetState<ChatState>().Seen.Keys);
        Assert.Equal("Regular", _shared.Store.GetState<ProfilesState>().DisplayNameOf("regular"));
    }

    [Fact]
    public async Task WhenAVisitorNeverOpensTheChat_ThenTheVisitLeavesNothingAtAll()
    {
        var before = SizeWithoutTheCounter();

        for (var visit = 0; visit < 100; visit++)
        {
            var (visitor, tab) = ($"visitor-{visit}", $"visitor-{visit}-tab");
            await _shared.AcceptedAsync(new CircuitOpened(), visitor, tab);
            await _shared.AcceptedAsync(new IncrementCounter(), visitor, tab);
            await _shared.AcceptedAsync(new CircuitClosed(), visitor, tab);
        }

        Assert.Equal(before, SizeWithoutTheCounter());
        Assert.Equal(100, _shared.Store.GetState<CounterState>().Value);
    }

    [Fact]
    public async Task WhenANamedUserStaysAwayLongerThanTheirCookieLasts_ThenTheirNameIsFreedAndAReturningOneKeepsTheirs()
    {
        await _shared.DispatchAsync(new SetNickname("Gone"), "gone");
        await _shared.DispatchAsync(new SetNickname("Back"), "back");

        _shared.Time.Advance(ProfilesState.NameRetention - TimeSpan.FromDays(1));
        await _shared.DispatchAsync(new CircuitOpened(), "back");
        _shared.Time.Advance(TimeSpan.FromDays(1));
        await _shared.AcceptedAsync(new TidyUp(), ActionOrigin.ServerUserId);

        var profiles = _shared.Store.GetState<ProfilesState>();
        Assert.Equal(["back"], profiles.Nicknames.Keys);
        Assert.Equal(["back"], profiles.LastSeen.Keys);
        await _shared.AcceptedAsync(new SetNickname("Gone"), "newcomer");
    }

    /// <summary>The size of every feature's state as a snapshot would write it.</summary>
    private long StateSize() => SizeWithoutTheCounter() + JsonSize(_shared.Store.GetState<CounterState>());

    /// <summary>The features that keep anything per user; the counter keeps one number and who moved it last.</summary>
    private long SizeWithoutTheCounter() =>
        JsonSize(_shared.Store.GetState<ChatState>())
        + JsonSize(_shared.Store.GetState<GameState>())
        + JsonSize(_shared.Store.GetState<ProfilesState>());

    private static long JsonSize<T>(T state) => JsonSerializer.SerializeToUtf8Bytes(state).LongLength;

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}

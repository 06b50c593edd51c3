using System.Text.Json;
using BlazorSharedState.E2E.Fixtures;
using BlazorSharedState.LoadTest.Client;
using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Features.Housekeeping;
using BlazorSharedState.Web.Features.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BlazorSharedState.E2E.Abuse;

/// <summary>
/// Guests who come once and never return, through real circuits: what they leave in the shared
/// state ends once its retention has passed, by the app's own housekeeping, with no hand from the test.
/// The clock is the store's (a fake one moved by the test); the circuits and the network are real.
/// Ten thousand such visits, on the store alone, are DriveByVisitTests' (Web.Tests).
/// </summary>
public sealed class DriveByAbuseTests : IAsyncLifetime
{
    private const int Visits = 60;

    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly AppServer _server;

    public DriveByAbuseTests() =>
        _server = AppServer.WithoutBrowser(builder => builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(_time)));

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    private SharedStore Store => _server.Services.GetRequiredService<SharedStore>();

    [Fact]
    public async Task WhenGuestsOpenTheChatOnceAndLeave_ThenTheHousekeepingReturnsTheStateToItsSize()
    {
        var before = PerUserStateSize();

        for (var visit = 0; visit < Visits; visit++)
        {
            using var guest = new HeadlessUser(_server.BaseUrl);
            await using var tab = await guest.OpenAsync(visit % 2 == 0 ? "/chat/general" : "/chat/random");
            // A glance, not a blink: the page has told the store which room it shows before the tab closes.
            await Wait.UntilAsync(() => Store.GetState<ChatState>().Seen.Count == visit + 1, $"visitor {visit + 1} to have entered a room");
        }

        await Wait.UntilAsync(() => Store.GetState<ChatState>().Viewers.IsEmpty, "every drive-by's tab to have closed");
        Assert.Equal(Visits, Store.GetState<ChatState>().Seen.Count);
        Assert.True(PerUserStateSize() > before, "The visits that opened a room left unread marks for a while.");

        // Past the retention, the next minute's look finds them due and tidies up.
        _time.Advance(ChatState.ReaderRetention + HousekeepingService.Interval);

        await Wait.UntilAsync(() => PerUserStateSize() == before, $"the state to shrink back to {before} bytes (now {PerUserStateSize()})");
        Assert.Empty(Store.GetState<ChatState>().Seen);
    }

    private long PerUserStateSize() =>
        JsonSerializer.SerializeToUtf8Bytes(Store.GetState<ChatState>()).LongLength
        + JsonSerializer.SerializeToUtf8Bytes(Store.GetState<GameState>()).LongLength
        + JsonSerializer.SerializeToUtf8Bytes(Store.GetState<ProfilesState>()).LongLength;
}

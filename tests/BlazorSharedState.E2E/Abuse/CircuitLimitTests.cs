using BlazorSharedState.E2E.Fixtures;
using BlazorSharedState.LoadTest.Client;

namespace BlazorSharedState.E2E.Abuse;

/// <summary>
/// Each tab holds server memory, so one guest, or one address minting guests, holds only so many:
/// the next tab opens on a page that says why, and closing a tab makes room again.
/// </summary>
public sealed class CircuitLimitTests : IAsyncLifetime
{
    private readonly AppServer _server = AppServer.WithoutBrowser(builder =>
    {
        builder.UseSetting("SharedState:Limits:CircuitsPerUser", "2");
        builder.UseSetting("SharedState:Limits:CircuitsPerAddress", "4");
    });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task WhenOneGuestOpensMoreTabsThanAllowed_ThenTheNextSaysWhy_AndClosingOneMakesRoom()
    {
        using var guest = new HeadlessUser(_server.BaseUrl);
        await using var first = await guest.OpenAsync("/counter");
        var second = await guest.OpenAsync("/chat/general");

        await using var third = await guest.OpenAsync("/counter");

        Assert.Equal("You have 2 tabs of this app open already. Close one, then reload this page.", third.TextOf("circuit-refused"));
        Assert.Null(third.TextOf("counter-value"));
        Assert.NotNull(first.TextOf("counter-value"));

        await second.DisposeAsync();
        await using var again = await OpenWhenAdmittedAsync(guest, "/counter");
        Assert.NotNull(again.TextOf("counter-value"));
    }

    [Fact]
    public async Task WhenOneAddressMintsGuestsForMoreTabs_ThenTheAddressLimitHolds()
    {
        var guests = Enumerable.Range(0, 3).Select(_ => new HeadlessUser(_server.BaseUrl)).ToList();
        var tabs = new List<HeadlessTab>();
        try
        {
            foreach (var guest in guests.Take(2))
            {
                tabs.Add(await guest.OpenAsync("/counter"));
                tabs.Add(await guest.OpenAsync("/counter"));
            }

            var refused = await guests[2].OpenAsync("/counter");
            tabs.Add(refused);

            Assert.Equal("Too many tabs of this app are open from your network. Close some, then reload this page.", refused.TextOf("circuit-refused"));
            Assert.All(tabs.Take(4), tab => Assert.NotNull(tab.TextOf("counter-value")));
        }
        finally
        {
            foreach (var tab in tabs)
            {
                await tab.DisposeAsync();
            }

            guests.ForEach(g => g.Dispose());
        }
    }

    /// <summary>A closed tab's circuit ends on the server a moment after its beacon; until then a new tab is still refused.</summary>
    private static async Task<HeadlessTab> OpenWhenAdmittedAsync(HeadlessUser guest, string path)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            var tab = await guest.OpenAsync(path);
            if (tab.TextOf("circuit-refused") is null)
            {
                return tab;
            }

            await tab.DisposeAsync();
            Assert.True(DateTime.UtcNow - started < Wait.Patience, $"A new tab at {path} was still refused {Wait.Patience.TotalSeconds:0} s after one was closed.");
        }
    }
}

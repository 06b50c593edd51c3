using System.Globalization;
using BlazorSharedState.E2E.Fixtures;
using BlazorSharedState.LoadTest.Client;
using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Counter;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.E2E.Abuse;

/// <summary>
/// A tab that clicks as fast as a script can, or a machine that opens tabs as several guests to
/// click faster, is refused with a reason before anything reaches the store's queue, and the
/// store stays free for everyone else.
/// </summary>
public sealed class FloodAbuseTests : IAsyncLifetime
{
    private const int Clicks = 300;

    private readonly AppServer _server = AppServer.WithoutBrowser(builder =>
    {
        builder.UseSetting("SharedState:Limits:AddressActionsPerSecond", "10");
        builder.UseSetting("SharedState:Limits:AddressActionBurst", "60");
    });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    private SharedStore Store => _server.Services.GetRequiredService<SharedStore>();

    [Fact]
    public async Task WhenATabFiresClicksAsFastAsAScriptCan_ThenMostAreRefusedWithAReasonAndTheQueueStaysShort()
    {
        using var flooder = new HeadlessUser(_server.BaseUrl);
        await using var tab = await flooder.OpenAsync("/counter");
        var longestQueue = 0;
        using var watching = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            while (!watching.IsCancellationRequested)
            {
                longestQueue = Math.Max(longestQueue, Store.QueueLength);
                await Task.Delay(1);
            }
        });

        // One after another, each as soon as the last was handled: a real tab's clicks, only faster.
        for (var i = 0; i < Clicks; i++)
        {
            await tab.ClickAsync("counter-increment");
        }

        await watching.CancelAsync();
        await watcher;

        await tab.WaitForTextAsync("rejection", StoreLimits.TooFastReason);
        var counted = Store.GetState<CounterState>().Value;
        // The tab's burst and what refilled while the clicks went by; never the whole flood.
        Assert.InRange(counted, 1, Clicks / 2);
        Assert.InRange(longestQueue, 0, new StoreLimits().ActionBurst);
        await tab.WaitForTextAsync("counter-value", counted.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task WhenGuestsFromOneAddressClickTogether_ThenTheAddressIsHeldToItsPaceAndAnotherAddressIsNot()
    {
        var guests = Enumerable.Range(0, 3).Select(_ => new HeadlessUser(_server.BaseUrl)).ToList();
        var tabs = new List<HeadlessTab>();
        try
        {
            foreach (var guest in guests)
            {
                tabs.Add(await guest.OpenAsync("/counter"));
            }

            // Each tab stays under its own burst of 40; together they pass the address's 60.
            foreach (var tab in tabs)
            {
                for (var i = 0; i < 30; i++)
                {
                    await tab.ClickAsync("counter-increment");
                }
            }

            await tabs[^1].WaitForTextAsync("rejection", StoreLimits.NetworkTooFastReason);
            Assert.InRange(Store.GetState<CounterState>().Value, 60, 89);
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
}

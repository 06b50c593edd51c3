using System.Security.Claims;
using BlazorSharedState.Store.Blazor.Admission;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Store.Tests.Fixtures;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Store.Blazor.Tests.Circuits;

/// <summary>A circuit's lifecycle as actions: for the features that follow it, and harmless for an app with none.</summary>
public sealed class CircuitLifecycleTests
{
    [Fact]
    public async Task WhenNoFeatureFollowsCircuits_ThenATabDroppingOrClosingIsNoActionAndNoError()
    {
        await using var harness = await StoreHarness.StartAsync();
        var subject = await OpenedAsync(harness.Subject);

        // The circuit itself isn't read when a connection drops or a circuit closes.
        await subject.OnConnectionDownAsync(null!, CancellationToken.None);
        await subject.OnCircuitClosedAsync(null!, CancellationToken.None);

        Assert.Equal(1, (await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"))).Sequence);
    }

    [Fact]
    public async Task WhenAFeatureFollowsCircuits_ThenATabDroppingAndClosingReachItAsTheCircuitsUser()
    {
        await using var services = new ServiceCollection().AddSharedStore(o => o.ScanTypes(typeof(TabsState))).BuildServiceProvider();
        var store = services.GetRequiredService<SharedStore>();
        await store.StartAsync();
        var subject = await OpenedAsync(store);

        await subject.OnConnectionDownAsync(null!, CancellationToken.None);
        await subject.OnCircuitClosedAsync(null!, CancellationToken.None);

        await Wait.UntilAsync(() => store.GetState<TabsState>().Closed == 1, "the closed tab to reach the feature");
        Assert.Equal(new TabsState(1, 1, "alice"), store.GetState<TabsState>());
        await store.StopAsync();
    }

    [Fact]
    public async Task WhenAUserHasAllTheTabsAllowed_ThenTheNextIsTurnedAwayWithAReasonAndLeavesNoTrace()
    {
        await using var services = new ServiceCollection().AddSharedStore(o => o.ScanTypes(typeof(TabsState))).BuildServiceProvider();
        var store = services.GetRequiredService<SharedStore>();
        await store.StartAsync();
        var open = new OpenCircuits(Options.Create(new StoreLimits { CircuitsPerUser = 1 }));
        var first = await OpenedAsync(store, open);
        var admission = new CircuitAdmission();

        var second = await OpenedAsync(store, open, admission);
        await second.OnCircuitClosedAsync(null!, CancellationToken.None);
        await first.OnCircuitClosedAsync(null!, CancellationToken.None);

        Assert.Equal("You have 1 tab of this app open already. Close one, then reload this page.", admission.RefusedReason);
        await Wait.UntilAsync(() => store.GetState<TabsState>().Closed == 1, "the admitted tab's closing to reach the feature");
        Assert.Equal(0, open.OfUser("alice"));
        await store.StopAsync();
    }

    private static async Task<CircuitLifecycleHandler> OpenedAsync(SharedStore store, OpenCircuits? open = null, CircuitAdmission? admission = null)
    {
        var identity = new CircuitIdentity(new ServiceCollection().BuildServiceProvider());
        var handler = new CircuitLifecycleHandler(
            identity,
            admission ?? new CircuitAdmission(),
            open ?? new OpenCircuits(Options.Create(new StoreLimits())),
            new Alice(),
            new HttpContextAccessor(),
            store);
        await handler.OpenAsync("alice-tab");
        return handler;
    }

    private sealed class Alice : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "alice")], "test"))));
    }
}

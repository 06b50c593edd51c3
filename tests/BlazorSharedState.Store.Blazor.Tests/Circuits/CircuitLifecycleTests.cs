using System.Security.Claims;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Store.Tests.Fixtures;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Store.Blazor.Tests.Circuits;

/// <summary>A circuit's lifecycle as actions: for the features that follow it, and harmless for an app with none.</summary>
public sealed class CircuitLifecycleTests
{
    [Fact]
    public async Task WhenNoFeatureFollowsCircuits_ThenATabDroppingOrClosingIsNoActionAndNoError()
    {
        await using var harness = await StoreHarness.StartAsync();
        var subject = HandlerFor(harness.Subject);

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
        var subject = HandlerFor(store);

        await subject.OnConnectionDownAsync(null!, CancellationToken.None);
        await subject.OnCircuitClosedAsync(null!, CancellationToken.None);

        await Wait.UntilAsync(() => store.GetState<TabsState>().Closed == 1, "the closed tab to reach the feature");
        Assert.Equal(new TabsState(1, 1, "alice"), store.GetState<TabsState>());
        await store.StopAsync();
    }

    private static CircuitLifecycleHandler HandlerFor(SharedStore store)
    {
        var identity = new CircuitIdentity(new ServiceCollection().BuildServiceProvider());
        identity.Assign("alice", "alice-tab");
        return new CircuitLifecycleHandler(identity, new Anonymous(), store);
    }

    private sealed class Anonymous : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}

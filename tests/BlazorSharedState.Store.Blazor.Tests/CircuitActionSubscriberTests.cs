using BlazorSharedState.Store.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Store.Blazor.Tests;

/// <summary>A circuit's <see cref="IActionSubscriber"/>: its subscriptions end with their subscriber or the circuit.</summary>
public sealed class CircuitActionSubscriberTests
{
    [Fact]
    public async Task WhenASubscriberLeavesOrTheCircuitEnds_ThenItsActionSubscriptionsEnd()
    {
        await using var harness = await StoreHarness.StartAsync();
        var circuits = new ServiceCollection().AddSingleton(harness.Subject).AddSharedStoreCircuitServices().BuildServiceProvider();
        var circuit = circuits.CreateAsyncScope();
        var subject = circuit.ServiceProvider.GetRequiredService<IActionSubscriber>();
        object leaving = new(), staying = new();
        var heard = new List<string>();
        subject.SubscribeToAction<Add>(leaving, (_, _) => heard.Add("leaving"));
        subject.SubscribeToAction<Ping>(leaving, (_, _) => heard.Add("leaving"));
        subject.SubscribeToAction<Add>(staying, (_, _) => heard.Add("staying"));
        Assert.Equal(3, harness.Subject.SubscriptionCount);

        subject.UnsubscribeFromAllActions(leaving);
        await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        Assert.Equal(["staying"], heard);
        Assert.Equal(1, harness.Subject.SubscriptionCount);

        await circuit.DisposeAsync();
        await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        Assert.Equal(["staying"], heard);
        Assert.Equal(0, harness.Subject.SubscriptionCount);
        await circuits.DisposeAsync();
    }
}

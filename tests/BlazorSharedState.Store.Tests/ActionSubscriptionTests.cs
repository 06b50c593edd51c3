using BlazorSharedState.Store.Internal;
using BlazorSharedState.Store.Tests.Fixtures;

namespace BlazorSharedState.Store.Tests;

public sealed class ActionSubscriptionTests
{
    [Fact]
    public async Task WhenActionsOfSeveralTypesAreApplied_ThenASubscriptionHearsOnlyItsAcceptedOnesInOrderWithMeta()
    {
        await using var harness = await StoreHarness.StartAsync();
        var heard = new List<(Add Action, long Sequence, string UserId)>();
        using var subscription = harness.Subject.SubscribeToAction<Add>((action, meta) => heard.Add((action, meta.Sequence, meta.UserId)));

        var first = await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        await harness.Subject.DispatchAsync(new Ping("not an addition"), StoreHarness.User("alice"));
        await harness.Subject.DispatchAsync(new Add(-1), StoreHarness.User("bob"));
        var second = await harness.Subject.DispatchAsync(new Add(2), StoreHarness.User("bob"));
        await harness.Subject.DispatchAsync(new AddAs(3, "mallory", 99), StoreHarness.User("carol"));

        Assert.Equal([(new Add(1), first.Sequence, "alice"), (new Add(2), second.Sequence, "bob")], heard);
    }

    [Fact]
    public async Task WhenASubscriptionAsksForAnInterfaceOrObject_ThenEveryActionOfThatKindArrives()
    {
        await using var harness = await StoreHarness.StartAsync();
        var additions = new List<long>();
        var everything = new List<string>();
        using var byInterface = harness.Subject.SubscribeToAction<IAddition>((action, _) => additions.Add(action.Amount));
        using var all = harness.Subject.SubscribeToActions((action, _) => everything.Add(action.GetType().Name));

        await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        await harness.Subject.DispatchAsync(new Ping("hello"), StoreHarness.User("alice"));
        await harness.Subject.DispatchAsync(new AddAs(2, "mallory", 99), StoreHarness.User("alice"));

        Assert.Equal([1L, 2L], additions);
        Assert.Equal(["Add", "Ping", "AddAs"], everything);
    }

    [Fact]
    public void WhenThousandsSubscribeToOtherTypes_ThenAnActionOfThisTypeVisitsNone()
    {
        var subscriptions = 0;
        var subject = new ActionSubscriptions(delta => subscriptions += delta);
        for (var i = 0; i < 10_000; i++)
        {
            subject.Add(typeof(Add), _ => { });
        }

        Assert.Empty(subject.For(typeof(Ping)));
        Assert.Equal(10_000, Assert.Single(subject.For(typeof(Add))).Snapshot().Length);

        // A type asked for later is routed from then on, its subscribers and nobody else's.
        subject.Add(typeof(Ping), _ => { });
        Assert.Single(Assert.Single(subject.For(typeof(Ping))).Snapshot());
        Assert.Equal(10_001, subscriptions);
    }
}

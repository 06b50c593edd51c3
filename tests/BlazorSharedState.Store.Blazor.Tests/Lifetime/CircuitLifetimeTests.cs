using System.Runtime.CompilerServices;
using BlazorSharedState.Store.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Store.Blazor.Tests.Lifetime;

/// <summary>A tab open all day: what its circuit keeps must not grow with the pages it showed.</summary>
public sealed class CircuitLifetimeTests
{
    private const int Navigations = 1_000;

    [Fact]
    public async Task WhenAThousandPagesInjectStatesInOneCircuit_ThenTheCircuitKeepsNoneOfThePagesLeftAndSubscriptionsStayFlat()
    {
        await using var harness = await StoreHarness.StartAsync();
        await using var circuits = new ServiceCollection().AddSingleton(harness.Subject).AddSharedStoreCircuitServices().BuildServiceProvider();
        await using var circuit = circuits.CreateAsyncScope();
        var left = new List<WeakReference>();
        var whileShown = new HashSet<long>();

        for (var i = 0; i < Navigations; i++)
        {
            left.AddRange(ShowAndLeavePage(circuit.ServiceProvider, i, whileShown));
            await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        }

        // Each page subscribed its two states while shown, and nothing of it was left afterwards.
        Assert.Equal([2L], whileShown);
        Assert.Equal(0, harness.Subject.SubscriptionCount);
        var retained = Retained(left);
        Assert.True(retained == 0, $"{retained} of the {left.Count} states injected into pages the circuit left are still alive.");
    }

    // As a page does: the renderer injects its states from the circuit's scope, its binding listens
    // while it is shown, and stops listening when the page is disposed. Not inlined, so nothing of
    // the page outlives this call on the test's own stack.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] ShowAndLeavePage(IServiceProvider circuit, int page, HashSet<long> subscriptionsWhileShown)
    {
        var state = circuit.GetRequiredService<IState<TallyState>>();
        var selection = circuit.GetRequiredService<IStateSelection<TallyState, bool>>();
        selection.Select(tally => tally.Count % 2 == page % 2);
        EventHandler render = (_, _) => { };
        state.StateChanged += render;
        selection.StateChanged += render;
        subscriptionsWhileShown.Add(circuit.GetRequiredService<SharedStore>().SubscriptionCount);
        state.StateChanged -= render;
        selection.StateChanged -= render;
        return [new WeakReference(state), new WeakReference(selection)];
    }

    private static int Retained(List<WeakReference> references)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return references.Count(r => r.IsAlive);
    }
}

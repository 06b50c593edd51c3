using System.Runtime.CompilerServices;
using BlazorSharedState.Store.Blazor;
using BlazorSharedState.Store.Blazor.Internal;
using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace BlazorSharedState.Web.Tests.Lifetime;

/// <summary>A tab that stays open all day: what it leaves behind must not grow with what it did.</summary>
public sealed class LongTabTests : IAsyncDisposable
{
    private const int Navigations = 1_000;

    private static readonly string[] ChatRooms = ["general", "random"];

    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenATabNavigatesAThousandTimes_ThenNothingOfThePagesItLeftStaysInItsCircuitOrTheStore()
    {
        var tables = new[] { await CreateTableAsync(), await CreateTableAsync() };
        // Only what the circuit holds may count, not bUnit's record of every JS call.
        var circuit = _shared.OpenCircuit("alice", services => services.AddSingleton<IJSRuntime>(new ForgetfulJSRuntime()));
        var tab = circuit.Render<RoutedPages>();
        var navigation = circuit.Services.GetRequiredService<NavigationManager>();
        var left = new List<WeakReference>();
        var open = Array.Empty<WeakReference>();
        var subscriptions = new List<long>();
        var mostStatesOnAPage = 0;

        // Chat room, game table, chat room…: each move opens another page, with new components
        // and the states they inject, as the router does.
        for (var i = 0; i < Navigations; i++)
        {
            var uri = i % 2 == 0 ? $"chat/{ChatRooms[i / 2 % ChatRooms.Length]}" : $"game/{tables[i / 2 % tables.Length]}";
            await tab.InvokeAsync(() => navigation.NavigateTo(uri));
            left.AddRange(open);
            open = InjectedStatesOf(tab);
            Assert.NotEmpty(open);
            mostStatesOnAPage = Math.Max(mostStatesOnAPage, open.Length);
            subscriptions.Add(_shared.Store.SubscriptionCount);
        }

        var onePage = subscriptions.Take(2).Max();
        Assert.True(subscriptions.Max() <= onePage, $"The store held up to {subscriptions.Max()} subscriptions for one tab; one page needs {onePage}.");

        // Weakly held, so alive only if something (the circuit's container, say) still holds them;
        // a render still on its way may hold the page just left, but no more than that.
        var retained = Retained(left);
        Assert.True(
            retained <= mostStatesOnAPage,
            $"{retained} of the {left.Count} states injected into pages the tab left are still alive; one page has at most {mostStatesOnAPage}.");
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();

    private async Task<string> CreateTableAsync() =>
        GameTable.IdFor((await _shared.AcceptedAsync(new CreateTable())).Sequence);

    // Not inlined, so nothing of the page outlives this call on the test's own stack.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] InjectedStatesOf(IRenderedComponent<RoutedPages> tab) =>
        [.. tab.FindComponents<SharedStoreComponent>()
            .SelectMany(c => ComponentStoreBinding.NotifiersOf(c.Instance))
            .Select(notifier => new WeakReference(notifier))];

    private static int Retained(List<WeakReference> references)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return references.Count(r => r.IsAlive);
    }
}

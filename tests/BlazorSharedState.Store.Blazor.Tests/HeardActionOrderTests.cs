using System.Collections.Concurrent;
using BlazorSharedState.Store.Blazor.Internal;
using BlazorSharedState.Store.Tests.Fixtures;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Store.Blazor.Tests;

/// <summary>
/// A component hears accepted actions on its own dispatcher in log order, even when the hand-over
/// to that dispatcher is slow, and a callback that throws fails the component without silencing
/// the actions after it.
/// </summary>
public sealed class HeardActionOrderTests
{
    // Long enough for a second, racing hand-over to reach the dispatcher if there is one.
    private static readonly TimeSpan RaceWindow = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task WhenTheFirstHandOverIsSlow_ThenTheComponentStillHearsActionsInLogOrder()
    {
        await using var harness = await StoreHarness.StartAsync();
        var dispatcher = new StallingDispatcher();
        await using var circuit = CircuitOf(harness);
        var heard = new ConcurrentQueue<long>();
        using var binding = Bind(circuit, dispatcher.InvokeAsync, _ => Task.CompletedTask);

        binding.SubscribeToAction<Add>((_, meta) => heard.Enqueue(meta.Sequence));
        var first = await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        var second = await harness.Subject.DispatchAsync(new Add(2), StoreHarness.User("bob"));
        await dispatcher.LetTheFirstHandOverGoAsync(RaceWindow);

        await Wait.UntilAsync(() => heard.Count == 2, "both actions to be heard");
        Assert.Equal([first.Sequence, second.Sequence], heard);
    }

    [Fact]
    public async Task WhenACallbackThrows_ThenTheComponentFailsAndStillHearsTheActionsAfterIt()
    {
        await using var harness = await StoreHarness.StartAsync();
        await using var circuit = CircuitOf(harness);
        var heard = new ConcurrentQueue<long>();
        var failures = new ConcurrentQueue<Exception>();
        using var binding = Bind(circuit, work => { work(); return Task.CompletedTask; }, error => { failures.Enqueue(error); return Task.CompletedTask; });

        binding.SubscribeToAction<Add>((action, meta) =>
        {
            if (action.Amount == 13)
            {
                throw new InvalidOperationException("Thirteen isn't expected here.");
            }

            heard.Enqueue(meta.Sequence);
        });
        var failing = await harness.Subject.DispatchAsync(new Add(13), StoreHarness.User("alice"));
        var after = await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));

        await Wait.UntilAsync(() => heard.Count == 1, "the action after the failing one to be heard");
        Assert.True(failing.IsAccepted);
        Assert.Equal([after.Sequence], heard);
        Assert.Equal("Thirteen isn't expected here.", Assert.Single(failures).Message);
    }

    private static AsyncServiceScope CircuitOf(StoreHarness harness) =>
        new ServiceCollection().AddSingleton(harness.Subject).AddSharedStoreCircuitServices().BuildServiceProvider().CreateAsyncScope();

    private static ComponentStoreBinding Bind(AsyncServiceScope circuit, Func<Action, Task> invokeAsync, Func<Exception, Task> dispatchException) =>
        ComponentStoreBinding.Start(
            new ComponentHooks(new Listener(), invokeAsync, () => { }, dispatchException),
            circuit.ServiceProvider.GetRequiredService<IActionSubscriber>(),
            new CircuitRenderQueue(TimeProvider.System));

    private sealed class Listener : IComponent
    {
        public void Attach(RenderHandle renderHandle)
        {
        }

        public Task SetParametersAsync(ParameterView parameters) => Task.CompletedTask;
    }

    /// <summary>A one-at-a-time dispatcher whose first hand-over stalls until the test lets it go, as a busy circuit's would.</summary>
    private sealed class StallingDispatcher
    {
        private readonly Lock _running = new();
        private readonly ManualResetEventSlim _release = new();
        private readonly SemaphoreSlim _laterHandOver = new(0);
        private int _handOvers;

        public Task InvokeAsync(Action work)
        {
            if (Interlocked.Increment(ref _handOvers) == 1)
            {
                _release.Wait(Wait.Patience);
            }
            else
            {
                _laterHandOver.Release();
            }

            lock (_running)
            {
                work();
            }

            return Task.CompletedTask;
        }

        /// <summary>Gives a racing hand-over <paramref name="window"/> to overtake the stalled first one, then lets the first go.</summary>
        public async Task LetTheFirstHandOverGoAsync(TimeSpan window)
        {
            await _laterHandOver.WaitAsync(window);
            _release.Set();
        }
    }
}

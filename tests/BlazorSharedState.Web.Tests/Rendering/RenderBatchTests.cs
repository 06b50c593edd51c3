using BlazorSharedState.Store.Blazor;
using BlazorSharedState.Store.Blazor.Internal;
using BlazorSharedState.Web.Features.Counter;
using BlazorSharedState.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Web.Tests.Rendering;

public sealed class RenderBatchTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();
    private readonly List<ServiceProvider> _scopes = [];

    [Fact]
    public async Task WhenAnActionChangesTwoComponents_ThenTheBrowserGetsOneBatchWithBoth()
    {
        var (circuit, _) = await OpenAsync(withRenderRoot: true);
        using var _ = circuit;

        await _shared.DispatchAsync(new IncrementCounter());

        var batches = await BatchesUntilBothProbesRenderedAsync(circuit);
        Assert.Equal([2], batches);
    }

    [Fact]
    public async Task WhenACircuitHasNoRenderRoot_ThenItsComponentsFailWithAnErrorSayingWhatIsMissing()
    {
        var (circuit, probes) = await OpenAsync(withRenderRoot: false);
        using var _ = circuit;

        await _shared.DispatchAsync(new IncrementCounter());

        await Wait.UntilAsync(() => circuit.Failure is not null, "the circuit to fail for want of a render root");
        Assert.Equal(CircuitRenderQueue.MissingRootMessage(typeof(CounterRenderProbe)), circuit.Failure!.Message);
        Assert.Empty(circuit.Batches);
        Assert.Equal([0, 0], probes.Shown);
    }

    [Fact]
    public async Task WhenManyActionsArrive_ThenEveryProbeEndsOnTheLatestStateThroughTheRoot()
    {
        var (circuit, probes) = await OpenAsync(withRenderRoot: true);
        using var _ = circuit;

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => _shared.DispatchAsync(new IncrementCounter())));

        await Wait.UntilAsync(
            () => probes.Shown.All(v => v == 200), "both probes to show all 200 increments, a frame at a time",
            betweenChecks: () => _shared.Time.Advance(CircuitRenderQueue.FrameInterval));
        Assert.Null(circuit.Failure);
    }

    [Fact]
    public async Task WhenChangesKeepComing_ThenTheCircuitRendersAtMostOncePerFrameWithTheLatestState()
    {
        var (circuit, probes) = await OpenAsync(withRenderRoot: true);
        using var _ = circuit;
        var start = _shared.Time.GetUtcNow();

        // After a quiet spell a change renders at once.
        await _shared.DispatchAsync(new IncrementCounter());
        await Wait.UntilAsync(() => probes.Shown.All(v => v == 1), "both probes to show the first increment");

        // More within the same frame wait for the next one: the clock stands still until the test moves it.
        await _shared.DispatchAsync(new IncrementCounter());
        await _shared.DispatchAsync(new IncrementCounter());
        Assert.Equal([1, 1], probes.Shown);

        _shared.Time.Advance(CircuitRenderQueue.FrameInterval);

        await Wait.UntilAsync(() => probes.Shown.All(v => v == 3), "both probes to show the third increment after the next frame");
        // Each batch carries the moment it was sent: one at once, one a frame later, none between.
        Assert.Equal([(2, start), (2, start + CircuitRenderQueue.FrameInterval)], circuit.Batches);
    }

    private async Task<(BatchRecordingCircuit Circuit, ProbePair Probes)> OpenAsync(bool withRenderRoot)
    {
        var services = new ServiceCollection()
            .AddSingleton(_shared.Store)
            .AddSingleton<TimeProvider>(_shared.Time)
            .AddSharedStoreCircuitServices()
            .BuildServiceProvider();
        _scopes.Add(services);
        services.GetRequiredService<CircuitIdentity>().Assign("alice", "alice-circuit");
        var circuit = new BatchRecordingCircuit(services);
        var probes = await circuit.MountAsync<ProbePair>(new Dictionary<string, object?> { [nameof(ProbePair.WithRenderRoot)] = withRenderRoot });
        circuit.ForgetBatches();
        return (circuit, probes);
    }

    private static async Task<int[]> BatchesUntilBothProbesRenderedAsync(BatchRecordingCircuit circuit)
    {
        await Wait.UntilAsync(() => circuit.ChangedPerBatch.Sum() >= 2, "both probes to render the change");

        // Anything still queued on the circuit runs before this returns.
        await circuit.Dispatcher.InvokeAsync(() => { });
        Assert.Null(circuit.Failure);
        return circuit.ChangedPerBatch;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in _scopes)
        {
            await scope.DisposeAsync();
        }

        await _shared.DisposeAsync();
    }
}

using BlazorSharedState.Store.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Store.Blazor.Tests;

/// <summary>What /health reports: the loop runs and the log can be written.</summary>
public sealed class HealthCheckTests
{
    private readonly FlakyLog _log = new(new MemoryActionLog(Options.Create(new ActionLogOptions()), TimeProvider.System));

    [Fact]
    public async Task WhenTheLogFailsAndRecovers_ThenHealthGoesUnhealthyThenDegradedThenHealthy()
    {
        await using var harness = await StoreHarness.StartAsync(configure: s => s.AddSingleton<IActionLog>(_log));
        var subject = new SharedStoreHealthCheck(harness.Subject);
        Assert.Equal(HealthStatus.Healthy, (await subject.CheckHealthAsync(new HealthCheckContext())).Status);

        _log.Failing = true;
        await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        var down = await subject.CheckHealthAsync(new HealthCheckContext());

        _log.Failing = false;
        var degraded = await subject.CheckHealthAsync(new HealthCheckContext());
        await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        var healthy = await subject.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal((HealthStatus.Unhealthy, "The action log can't be written."), (down.Status, down.Description));
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Contains("No space left", degraded.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, healthy.Status);
    }

    [Fact]
    public async Task WhenTheLoopFails_ThenItIsUnhealthyAndSaysWhy()
    {
        await using var harness = await StoreHarness.StartAsync(configure: s => s.AddSingleton<IActionLog>(_log));

        // A log that answers an append with nothing breaks the loop outside any one step's handling.
        _log.AnswersNothing = true;
        await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        // Its dispatcher hears before the loop has finished stopping.
        await Wait.UntilAsync(() => !harness.Subject.IsRunning, "the loop to stop");
        var result = await new SharedStoreHealthCheck(harness.Subject).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("loop stopped", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheStoreHasStopped_ThenItIsUnhealthy()
    {
        await using var harness = await StoreHarness.StartAsync();
        await harness.Subject.StopAsync();

        var result = await new SharedStoreHealthCheck(harness.Subject).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }
}

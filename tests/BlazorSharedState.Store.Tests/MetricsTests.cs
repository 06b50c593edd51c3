using BlazorSharedState.Store.Tests.Fixtures;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics.Metrics;

namespace BlazorSharedState.Store.Tests;

public sealed class MetricsTests
{
    [Fact]
    public async Task WhenActionsAreReducedAndRejected_ThenTheCountersSaySo()
    {
        await using var harness = await StoreHarness.StartAsync();
        var meterFactory = harness.Services.GetRequiredService<IMeterFactory>();
        using var reduced = new MetricCollector<long>(meterFactory, SharedStore.MeterName, "sharedstore.actions.reduced");
        using var rejected = new MetricCollector<long>(meterFactory, SharedStore.MeterName, "sharedstore.actions.rejected");

        await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        await harness.Subject.DispatchAsync(new Add(-1), StoreHarness.User("alice"));

        Assert.Equal(2, reduced.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(1, rejected.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal("Add", rejected.LastMeasurement?.Tags["action"]);
    }
}

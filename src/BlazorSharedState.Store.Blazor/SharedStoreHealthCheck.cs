using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BlazorSharedState.Store.Blazor;

/// <summary>
/// Healthy while the store's loop runs and its log can be written now. When the last append
/// failed but the log is writable again, the store is degraded rather than down: a load
/// balancer keeps sending the traffic whose next append clears it.
/// </summary>
public sealed class SharedStoreHealthCheck(SharedStore store) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!store.IsRunning)
        {
            return HealthCheckResult.Unhealthy(store.HaltedProblem ?? "The store's loop isn't running.");
        }

        try
        {
            await store.CheckLogWritableAsync(cancellationToken);
        }
#pragma warning disable CA1031 // Any failure of the log is what this check reports.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("The action log can't be written.", exception);
        }

        return store.LogProblem is { } problem
            ? HealthCheckResult.Degraded(problem)
            : HealthCheckResult.Healthy($"At sequence {store.Sequence}.");
    }
}

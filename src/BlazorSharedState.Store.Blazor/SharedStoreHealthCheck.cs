using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BlazorSharedState.Store.Blazor;

/// <summary>
/// Healthy while the store's loop runs and its log can be written: the last append went
/// through and the log takes its write lock now.
/// </summary>
public sealed class SharedStoreHealthCheck(SharedStore store) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (store.Problem is { } problem)
        {
            return HealthCheckResult.Unhealthy(problem);
        }

        try
        {
            await store.CheckLogWritableAsync(cancellationToken);
            return HealthCheckResult.Healthy($"At sequence {store.Sequence}.");
        }
#pragma warning disable CA1031 // Any failure of the log is what this check reports.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("The action log can't be written.", exception);
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorSharedState.Store.Internal;

/// <summary>
/// Runs effects on the thread pool, never on the loop or a circuit's context. Each effect
/// gets its own service scope; a failure is logged once and goes no further.
/// </summary>
internal sealed class EffectRunner(IServiceScopeFactory scopes, ILogger logger)
{
    private int _running;

    /// <summary>Effects still running; lets shutdown and tests wait for quiet.</summary>
    public int Running => Volatile.Read(ref _running);

    public void Run(ActionPlan plan, object action, ActionMeta meta, IDispatcher dispatcher)
    {
        foreach (var effect in plan.Effects)
        {
            Interlocked.Increment(ref _running);
            _ = Task.Run(() => RunAsync(effect, plan.ActionName, action, meta, dispatcher));
        }
    }

    private async Task RunAsync(EffectBinding effect, string actionName, object action, ActionMeta meta, IDispatcher dispatcher)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await effect.InvokeAsync(scope.ServiceProvider, action, meta, dispatcher);
        }
#pragma warning disable CA1031 // An effect's failure must never reach the loop or a circuit.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            StoreLog.EffectFailed(logger, exception, effect.Name, actionName, meta.Sequence);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }
}

using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Tests.Fixtures;

/// <summary>Effects under test: one that fails, one that dispatches a follow-up.</summary>
public sealed class PingEffects(PingEffectProbe probe)
{
    [EffectMethod]
    public async Task OnPing(Ping action, ActionMeta meta, IDispatcher dispatcher)
    {
        probe.Record(Environment.CurrentManagedThreadId);
        if (action.Text == "fail")
        {
            throw new InvalidOperationException("effect failed");
        }

        if (action.Text == "follow-up")
        {
            await dispatcher.DispatchAsync(new Add(1));
        }
    }
}

using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Tests.Fixtures;

/// <summary>Effects under test: one that fails, one that dispatches a follow-up, one that holds its thread.</summary>
public sealed class PingEffects(PingEffectProbe probe, SharedStore store)
{
    [EffectMethod]
    public async Task OnPing(Ping action, ActionMeta meta, IDispatcher dispatcher)
    {
        probe.Ran.Enqueue(action.Text);
        switch (action.Text)
        {
            case "fail":
                throw new InvalidOperationException("effect failed");
            case "follow-up":
                await dispatcher.DispatchAsync(new Add(1));
                break;
            case PingEffectProbe.WaitForTheLoop:
                // Blocks rather than awaits: an effect run on the loop would hold the loop right here.
                probe.LoopWentOn.Enqueue(SpinWait.SpinUntil(() => store.Sequence > meta.Sequence, Wait.Patience));
                break;
        }
    }
}

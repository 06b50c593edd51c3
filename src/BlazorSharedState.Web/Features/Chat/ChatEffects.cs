using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>Ends "is typing…" a while after the last keystroke, without a clock in any reducer.</summary>
public sealed class ChatEffects(TimeProvider time)
{
    [EffectMethod]
    public async Task ExpireTypingLater(StartTyping action, ActionMeta meta, IDispatcher dispatcher)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(dispatcher);

        // Waits until the keystroke's own time plus the timeout, so a late start never shortens it.
        var wait = meta.Time + ChatState.TypingTimeout - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time);
        }

        await dispatcher.DispatchAsync(new ExpireTyping(action.Room));
    }
}

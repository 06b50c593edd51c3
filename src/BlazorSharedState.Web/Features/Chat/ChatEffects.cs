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

        // Waits until the keystroke's own time plus the timeout. A timer may fire a fraction of a
        // millisecond early, and an expiry stamped before the deadline would end nothing, so wait
        // in whole milliseconds, rounded up, until the clock has really passed it.
        var due = meta.Time + ChatState.TypingTimeout;
        for (var wait = due - time.GetUtcNow(); wait > TimeSpan.Zero; wait = due - time.GetUtcNow())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), time);
        }

        await dispatcher.DispatchAsync(new ExpireTyping(action.Room));
    }
}

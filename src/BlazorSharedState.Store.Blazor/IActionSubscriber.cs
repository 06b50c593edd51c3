using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Blazor;

/// <summary>Lets a circuit hear about accepted actions (e.g. to show a notice after one).</summary>
public interface IActionSubscriber
{
    /// <summary>
    /// Calls <paramref name="callback"/> after each accepted <typeparamref name="TAction"/>, on the
    /// store's loop: marshal to your context before touching UI.
    /// </summary>
    void SubscribeToAction<TAction>(object subscriber, Action<TAction, ActionMeta> callback);

    /// <summary>Ends every subscription made for <paramref name="subscriber"/>.</summary>
    void UnsubscribeFromAllActions(object subscriber);
}

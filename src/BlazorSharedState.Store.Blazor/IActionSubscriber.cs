using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Blazor;

/// <summary>
/// Lets a circuit hear about accepted actions (e.g. to show a notice after one). Components
/// deriving from <see cref="SharedStoreComponent"/> use its <c>SubscribeToAction</c> instead,
/// which calls back on the component's own circuit and ends with the component.
/// </summary>
public interface IActionSubscriber
{
    /// <summary>
    /// Calls <paramref name="callback"/> after each accepted <typeparamref name="TAction"/>, in the
    /// store's order, with its <see cref="ActionMeta"/>, on the store's loop: marshal to your context
    /// before touching UI. A <typeparamref name="TAction"/> is that type, a type derived from it, or
    /// any action implementing it when it is an interface (as reducers take actions, and as in
    /// Fluxor); the store keeps subscriptions by type, so actions of other types never reach this
    /// one and cost it nothing. Ends with <see cref="UnsubscribeFromAllActions"/> or with the circuit.
    /// </summary>
    void SubscribeToAction<TAction>(object subscriber, Action<TAction, ActionMeta> callback);

    /// <summary>Ends every subscription made for <paramref name="subscriber"/>.</summary>
    void UnsubscribeFromAllActions(object subscriber);
}

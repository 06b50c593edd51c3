namespace BlazorSharedState.Store.Internal;

/// <summary>
/// One feature's current state and its subscribers. Only the store's loop writes the state;
/// any thread may read it.
/// </summary>
internal sealed class FeatureSlot(int index, FeatureDescriptor descriptor, Action<int> subscriptionCountChanged)
{
    private object _state = descriptor.CreateInitialState();

    public int Index { get; } = index;

    public FeatureDescriptor Descriptor { get; } = descriptor;

    public SubscriberList<object> Subscribers { get; } = new(subscriptionCountChanged);

    public object State => Volatile.Read(ref _state);

    public void Set(object state) => Volatile.Write(ref _state, state);
}

namespace BlazorSharedState.Store.Internal;

/// <summary>One observer; disposing it stops notifications at once.</summary>
internal sealed class Subscription<T>(SubscriberList<T> owner, Action<T> onNext) : IDisposable
{
    private int _disposed;

    public bool IsActive => Volatile.Read(ref _disposed) == 0;

    public void Notify(T value)
    {
        // A snapshot taken before Dispose may still hold this subscription; honour the dispose.
        if (IsActive)
        {
            onNext(value);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            owner.Remove(this);
        }
    }
}

using System.Collections.Concurrent;

namespace BlazorSharedState.Store.Tests.Fixtures;

/// <summary>Records where effects ran; registered as a scoped service to prove scopes work.</summary>
public sealed class PingEffectProbe
{
    public ConcurrentQueue<int> Threads { get; } = new();

    public void Record(int threadId) => Threads.Enqueue(threadId);
}

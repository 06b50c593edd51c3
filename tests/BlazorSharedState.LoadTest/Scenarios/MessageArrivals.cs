using System.Diagnostics;
using BlazorSharedState.LoadTest.Client;
using BlazorSharedState.LoadTest.Rendering;

namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>
/// Watches a crowd's render batches for one text at a time: when each tab first got a batch
/// carrying it, and when the last of them did.
/// </summary>
internal sealed class MessageArrivals : IDisposable
{
    private readonly IReadOnlyCollection<HeadlessTab> _tabs;
    private readonly Lock _gate = new();
    private readonly HashSet<HeadlessTab> _seenBy = [];
    private TaskCompletionSource _allSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _text;
    private long _lastArrival;
    private int _expected;

    public MessageArrivals(IReadOnlyCollection<HeadlessTab> tabs)
    {
        _tabs = tabs;
        foreach (var tab in tabs)
        {
            tab.BatchReceived += OnBatch;
        }
    }

    /// <summary>Starts watching for <paramref name="text"/>; the previous text is forgotten.</summary>
    public void Expect(string text)
    {
        lock (_gate)
        {
            _text = text;
            _seenBy.Clear();
            // Tabs that already failed (reported on their own) can't receive it: the last is the last working tab.
            _expected = _tabs.Count(t => t.Failure is null);
            _allSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>The Stopwatch timestamp of the last tab's batch, or null if not every tab got it in time.</summary>
    public async Task<long?> LastArrivalAsync(TimeSpan timeout)
    {
        Task all;
        lock (_gate)
        {
            all = _allSeen.Task;
        }

        try
        {
            await all.WaitAsync(timeout);
            return Interlocked.Read(ref _lastArrival);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    public int SeenBy()
    {
        lock (_gate)
        {
            return _seenBy.Count;
        }
    }

    public void Dispose()
    {
        foreach (var tab in _tabs)
        {
            tab.BatchReceived -= OnBatch;
        }
    }

    private void OnBatch(HeadlessTab tab, RenderBatch batch)
    {
        var now = Stopwatch.GetTimestamp();
        var text = _text;
        if (text is null || !batch.Mentions(text))
        {
            return;
        }

        lock (_gate)
        {
            if (text == _text && _seenBy.Add(tab))
            {
                Interlocked.Exchange(ref _lastArrival, now);
                if (_seenBy.Count >= _expected)
                {
                    _allSeen.TrySetResult();
                }
            }
        }
    }
}

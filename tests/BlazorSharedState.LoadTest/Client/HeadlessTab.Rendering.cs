using BlazorSharedState.LoadTest.Rendering;
using Microsoft.AspNetCore.SignalR.Client;

namespace BlazorSharedState.LoadTest.Client;

/// <summary>Render batches: applied in order, acknowledged, watched.</summary>
internal sealed partial class HeadlessTab
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // The server numbers a circuit's batches from 2 (blazor.web.js's RenderQueue expects the same).
    private long _nextBatchId = 2;
    private long _batchesReceived;
    private long _bytesReceived;
    private bool _interactive;
    private string? _failure;

    /// <summary>
    /// Raised on the connection's receive loop for every new batch, after it applied and before it
    /// is acknowledged; a handler must be quick.
    /// </summary>
    public event Action<HeadlessTab, RenderBatch>? BatchReceived;

    /// <summary>The rendered page, when <see cref="HeadlessTabOptions.KeepsDocument"/>; read it through <see cref="Read{T}"/>.</summary>
    private RenderedDocument? Document { get; }

    public long BatchesReceived => Interlocked.Read(ref _batchesReceived);

    public long BytesReceived => Interlocked.Read(ref _bytesReceived);

    /// <summary>Why the tab stopped working (an error from the server, a closed connection), or null.</summary>
    public string? Failure
    {
        get
        {
            lock (_gate)
            {
                return _failure;
            }
        }
    }

    /// <summary>Reads the rendered page under the tab's lock, so no batch applies halfway through.</summary>
    public T Read<T>(Func<RenderedDocument, T> read)
    {
        var document = Document ?? throw new InvalidOperationException("This tab keeps no document (HeadlessTabOptions.KeepsDocument is false).");
        lock (_gate)
        {
            return read(document);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the rendered page; fails saying what it waited for.</summary>
    public Task WaitUntilAsync(Func<RenderedDocument, bool> condition, string what, CancellationToken cancellation = default) =>
        WaitUntilAsync(() => condition(Document ?? throw new InvalidOperationException("This tab keeps no document.")), what, cancellation);

    /// <summary>The text of the element with <paramref name="testId"/>, or null while there is none.</summary>
    public string? TextOf(string testId) => Read(document => document.FindByTestId(testId)?.TextContent);

    /// <summary>Waits until the element with <paramref name="testId"/> shows exactly <paramref name="text"/>.</summary>
    public Task WaitForTextAsync(string testId, string text, CancellationToken cancellation = default) =>
        WaitUntilAsync(document => document.FindByTestId(testId)?.TextContent == text, $"data-testid={testId} to show \"{text}\"", cancellation);

    private async Task WaitUntilAsync(Func<bool> condition, string what, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(Options.WaitTimeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (condition())
                {
                    return;
                }

                if (_failure is not null)
                {
                    throw new InvalidOperationException($"{_page.Address}: waited for {what}, but {_failure}.");
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                throw new TimeoutException($"{_page.Address}: waited {Options.WaitTimeout.TotalSeconds} s for {what}; {BatchesReceived} batches arrived.");
            }
        }
    }

    private void OnAttachComponent(int componentId, string ssrComponentId)
    {
        lock (_gate)
        {
            Document?.AttachRootComponent(componentId);
        }
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] data)
    {
        if (batchId == _nextBatchId)
        {
            _nextBatchId++;
            var batch = RenderBatch.Parse(data);
            Interlocked.Increment(ref _batchesReceived);
            Interlocked.Add(ref _bytesReceived, data.Length);
            lock (_gate)
            {
                Document?.Apply(batch);
                _interactive |= ShowsInteractiveMarker(batch);
            }

            BatchReceived?.Invoke(this, batch);
            Changed();
        }
        else if (batchId > _nextBatchId)
        {
            // SignalR delivers in order, so a gap means the server skipped one: nothing here can recover.
            Fail($"batch {batchId} arrived while batch {_nextBatchId} was expected");
            return;
        }

        // A batch seen before (resent after a reconnect) is acknowledged again, as blazor.web.js does.
        await _connection.SendAsync("OnRenderCompleted", batchId, null);
    }

    // The layout's marker is literal HTML, so it arrives as a markup frame.
    private static bool ShowsInteractiveMarker(RenderBatch batch) =>
        batch.ReferenceFrames.Any(f => f.Type == FrameType.Markup && f.Value!.Contains("data-testid=\"interactive\"", StringComparison.Ordinal));

    private void Fail(string reason)
    {
        lock (_gate)
        {
            _failure ??= reason;
        }

        Changed();
    }

    private void Changed()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }
}

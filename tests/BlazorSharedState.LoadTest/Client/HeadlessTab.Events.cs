using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using BlazorSharedState.LoadTest.Rendering;
using Microsoft.AspNetCore.SignalR.Client;

namespace BlazorSharedState.LoadTest.Client;

/// <summary>Clicks and keystrokes, dispatched as blazor.web.js's event delegator dispatches them.</summary>
internal sealed partial class HeadlessTab
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string?>> _pendingCalls = new(StringComparer.Ordinal);
    private long _nextCallId;

    /// <summary>Clicks the element with <paramref name="testId"/> (or the first element under it that listens to clicks).</summary>
    public Task ClickAsync(string testId, CancellationToken cancellation = default) =>
        DispatchAsync(testId, "click", new JsonObject { ["type"] = "click", ["detail"] = 1, ["button"] = 0 }, null, cancellation);

    /// <summary>Types <paramref name="text"/> into the input with <paramref name="testId"/> in one input event, as a paste would.</summary>
    /// <remarks>The server reads change events strictly: their arguments carry the value and nothing else.</remarks>
    public Task TypeAsync(string testId, string text, CancellationToken cancellation = default) =>
        DispatchAsync(testId, "input", new JsonObject { ["value"] = text }, text, cancellation);

    /// <summary>Presses a key in the element with <paramref name="testId"/> (e.g. "Enter").</summary>
    public Task PressAsync(string testId, string key, CancellationToken cancellation = default) =>
        DispatchAsync(testId, "keydown", new JsonObject { ["type"] = "keydown", ["key"] = key, ["code"] = key }, null, cancellation);

    /// <summary>
    /// Sends one browser event to the server and waits for its answer: the event handler ran (its
    /// renders may still be on their way). Fails if the element or its handler isn't there.
    /// </summary>
    public async Task DispatchAsync(string testId, string eventName, JsonObject eventArgs, string? fieldValue, CancellationToken cancellation = default)
    {
        var bound = Read(document => FindListener(document, testId, eventName));
        var rendererObjectId = await _rendererInterop.Task.WaitAsync(Options.WaitTimeout, cancellation);

        var descriptor = new JsonObject
        {
            ["eventHandlerId"] = bound.HandlerId,
            ["eventName"] = eventName,
            ["eventFieldInfo"] = fieldValue is null ? null : new JsonObject { ["componentId"] = bound.ComponentId, ["fieldValue"] = fieldValue },
        };
        var callId = Interlocked.Increment(ref _nextCallId).ToString(CultureInfo.InvariantCulture);
        var answered = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pendingCalls[callId] = answered;
        await _connection.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", rendererObjectId,
            new JsonArray(descriptor, eventArgs).ToJsonString(), cancellation);
        try
        {
            await answered.Task.WaitAsync(Options.WaitTimeout, cancellation);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{_page.Address}: the server did not answer the {eventName} on data-testid={testId} within {Options.WaitTimeout.TotalSeconds} s.");
        }
        finally
        {
            _pendingCalls.TryRemove(callId, out _);
        }
    }

    private static BoundEvent FindListener(RenderedDocument document, string testId, string eventName)
    {
        var element = document.FindByTestId(testId)
            ?? throw new InvalidOperationException($"No element with data-testid={testId} on the page.");
        var listener = new[] { element }.Concat(element.Descendants().OfType<RenderedElement>())
            .FirstOrDefault(e => e.Events.ContainsKey(eventName))
            ?? throw new InvalidOperationException($"Nothing at data-testid={testId} listens to {eventName}: {element}.");
        if (listener.IsDisabled)
        {
            throw new InvalidOperationException($"data-testid={testId} is disabled.");
        }

        return listener.Events[eventName];
    }

    private void OnEndInvokeDotNet(string callId, bool succeeded, string? resultOrError)
    {
        if (!_pendingCalls.TryGetValue(callId, out var call))
        {
            return;
        }

        if (succeeded)
        {
            call.TrySetResult(resultOrError);
        }
        else
        {
            call.TrySetException(new InvalidOperationException($"{_page.Address}: the server failed the event: {resultOrError}"));
        }
    }
}

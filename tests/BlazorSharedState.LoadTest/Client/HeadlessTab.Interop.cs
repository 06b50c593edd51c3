using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;

namespace BlazorSharedState.LoadTest.Client;

/// <summary>The page's script calls: answered as the page's scripts would, without running any.</summary>
internal sealed partial class HeadlessTab
{
    private const string AttachRendererInterop = "Blazor._internal.attachWebRendererInterop";
    private const string NavigateTo = "Blazor._internal.navigationManager.navigateTo";

    private readonly TaskCompletionSource<long> _rendererInterop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextJSObjectId;

    /// <summary>Every script function the server called, over all tabs, with how often; unknown ones were answered with null.</summary>
    public static ConcurrentDictionary<string, int> ScriptCalls { get; } = new(StringComparer.Ordinal);

    private async Task OnBeginInvokeJSAsync(long asyncHandle, string identifier, string? argsJson, int resultType, long targetInstanceId, int callType)
    {
        ScriptCalls.AddOrUpdate(identifier, 1, (_, count) => count + 1);
        if (identifier == AttachRendererInterop)
        {
            // The renderer hands the page a .NET object: events go to its DispatchEventAsync.
            var args = JsonNode.Parse(argsJson ?? "[]")!.AsArray();
            _rendererInterop.TrySetResult(args[1]!["__dotNetObject"]!.GetValue<long>());
        }
        else if (identifier == NavigateTo)
        {
            // NavigationManager.NavigateTo inside the app: the page's router moves, the circuit stays.
            // Relative to the document's base (<base href="/">), as a browser resolves it, not to the current page.
            var target = new Uri(_user.BaseUrl, JsonNode.Parse(argsJson ?? "[]")![0]!.GetValue<string>());
            _address = target;
            await _connection.SendAsync("OnLocationChanged", target.ToString(), null, false);
        }

        // Zero means the server wants no answer.
        if (asyncHandle == 0)
        {
            return;
        }

        var result = resultType switch
        {
            ScriptAnswers.JSObjectReferenceResult => new JsonObject { ["__jsObjectId"] = Interlocked.Increment(ref _nextJSObjectId) },
            ScriptAnswers.VoidResult => null,
            _ => ScriptAnswers.For(identifier, Options),
        };
        var answer = new JsonArray(asyncHandle, true, result).ToJsonString();
        await _connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, answer);
    }
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BlazorSharedState.LoadTest.Client;

/// <summary>
/// What blazor.web.js reads from a prerendered page before it opens a circuit: the interactive
/// server components' markers (<c>&lt;!--Blazor:{"type":"server",...}--&gt;</c>, each with a
/// protected descriptor and a sequence) and the state the prerender persisted for them.
/// </summary>
internal sealed partial class PrerenderedPage
{
    private PrerenderedPage(Uri address, IReadOnlyList<JsonObject> serverMarkers, string serverState, string? webAssemblyState)
    {
        Address = address;
        ServerMarkers = serverMarkers;
        ServerState = serverState;
        WebAssemblyState = webAssemblyState;
    }

    public Uri Address { get; }

    /// <summary>Start markers of server components, in document order.</summary>
    public IReadOnlyList<JsonObject> ServerMarkers { get; }

    /// <summary>The persisted server state (base64), or empty when the page persisted none.</summary>
    public string ServerState { get; }

    /// <summary>Persisted WebAssembly state; a headless tab runs no WebAssembly, so it is only reported.</summary>
    public string? WebAssemblyState { get; }

    public static PrerenderedPage Parse(Uri address, string html)
    {
        var markers = new List<JsonObject>();
        foreach (Match comment in ComponentComment().Matches(html))
        {
            // End markers carry only the prerender id; start markers say which renderer owns them.
            if (JsonNode.Parse(comment.Groups["json"].Value) is JsonObject marker
                && marker["type"]?.GetValue<string>() is "server" or "auto")
            {
                markers.Add(marker);
            }
        }

        return new PrerenderedPage(
            address,
            markers,
            StateComment().Match(html) is { Success: true } server ? server.Groups["state"].Value : string.Empty,
            WebAssemblyStateComment().Match(html) is { Success: true } wasm ? wasm.Groups["state"].Value : null);
    }

    /// <summary>
    /// The first <c>UpdateRootComponents</c> batch: one "add" per server marker, numbered from 1
    /// in document order as blazor.web.js numbers them.
    /// </summary>
    public string AddOperationsJson()
    {
        var operations = new JsonArray();
        for (var i = 0; i < ServerMarkers.Count; i++)
        {
            var marker = (JsonObject)ServerMarkers[i].DeepClone();
            marker["uniqueId"] = i;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }

        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }

    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex ComponentComment();

    [GeneratedRegex(@"<!--\s*Blazor-Server-Component-State:(?<state>[a-zA-Z0-9+/=]+)\s*-->")]
    private static partial Regex StateComment();

    [GeneratedRegex(@"<!--\s*Blazor-WebAssembly-Component-State:(?<state>[a-zA-Z0-9+/=]+)\s*-->")]
    private static partial Regex WebAssemblyStateComment();
}

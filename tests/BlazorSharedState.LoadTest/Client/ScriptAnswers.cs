using System.Text.Json.Nodes;

namespace BlazorSharedState.LoadTest.Client;

/// <summary>
/// Plausible answers to the script functions the app's pages call for a value (the calls that
/// want none, JSCallResultType.JSVoidResult, get null), so each caller carries on as in a
/// browser. A function not listed answers null.
/// </summary>
internal static class ScriptAnswers
{
    /// <summary>JSCallResultType.JSObjectReference: the caller expects a handle to a script object.</summary>
    public const int JSObjectReferenceResult = 1;

    /// <summary>JSCallResultType.JSVoidResult: the caller wants to know the call finished, nothing more.</summary>
    public const int VoidResult = 3;

    public static JsonNode? For(string identifier, HeadlessTabOptions options) => identifier switch
    {
        // The app's own (wwwroot/app.js): the viewer's IANA zone.
        "sharedState.timeZone" => options.TimeZone,
        // HeadOutlet reads the prerendered <title> before it renders its own.
        "Blazor._internal.PageTitle.getAndRemoveExistingTitle" => string.Empty,
        // MudBlazor asks whether its script loaded, how many popover providers the page has,
        // and how big the window and some elements are.
        "window.hasOwnProperty" => true,
        "mudpopoverHelper.countProviders" => 1,
        "mudResizeListener.getBrowserWindowSize" => new JsonObject { ["width"] = 1280, ["height"] = 800 },
        "mudElementRef.getBoundingClientRect" => new JsonObject
        {
            ["top"] = 0, ["left"] = 0, ["width"] = 200, ["height"] = 40, ["windowWidth"] = 1280, ["windowHeight"] = 800,
            ["scrollX"] = 0, ["scrollY"] = 0,
        },
        _ => null,
    };
}

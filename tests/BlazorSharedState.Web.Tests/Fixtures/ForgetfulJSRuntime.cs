using Microsoft.JSInterop;

namespace BlazorSharedState.Web.Tests.Fixtures;

/// <summary>
/// A browser that answers every JS call with the default and remembers none. bUnit's keeps every
/// call with its arguments for assertions, MudBlazor's inputs among them, so a test of what a
/// long-lived tab keeps alive would count what bUnit's recorder holds rather than the circuit.
/// </summary>
internal sealed class ForgetfulJSRuntime : IJSRuntime
{
    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => default;

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => default;
}

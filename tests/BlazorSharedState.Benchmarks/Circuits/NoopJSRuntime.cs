using Microsoft.JSInterop;

namespace BlazorSharedState.Benchmarks.Circuits;

/// <summary>In-process circuits have no browser; components' JS calls answer with defaults.</summary>
internal sealed class NoopJSRuntime : IJSRuntime
{
    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult<TValue>(default!);

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
        ValueTask.FromResult<TValue>(default!);
}

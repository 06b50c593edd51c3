using Microsoft.AspNetCore.Components;

namespace BlazorSharedState.Benchmarks.Circuits;

/// <summary>A fixed location for in-process circuits.</summary>
internal sealed class BenchNavigationManager : NavigationManager
{
    public BenchNavigationManager() => Initialize("http://127.0.0.1/", "http://127.0.0.1/counter");

    protected override void NavigateToCore(string uri, NavigationOptions options) => Uri = ToAbsoluteUri(uri).ToString();
}

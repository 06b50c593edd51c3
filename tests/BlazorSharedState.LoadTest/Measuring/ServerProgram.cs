namespace BlazorSharedState.LoadTest.Measuring;

/// <summary>
/// A server the load program starts in its own process: the app as it ships, or the benchmarks
/// program's serve mode (the same app with the naive singleton-event baseline pages added).
/// Each binds a free loopback port and says which on standard output.
/// </summary>
internal sealed record ServerProgram(string Name, string Dll, IReadOnlyList<string> Arguments)
{
    /// <summary>The app; port 0 lets Kestrel pick a free port, so no other process can take it first.</summary>
    public static ServerProgram App(string appDll) => new("the app", appDll, ["--urls", "http://127.0.0.1:0"]);

    /// <summary>The baseline: BlazorSharedState.Benchmarks.dll's <c>serve</c>.</summary>
    public static ServerProgram Baseline(string benchmarksDll) => new("the baseline host", benchmarksDll, ["serve"]);
}

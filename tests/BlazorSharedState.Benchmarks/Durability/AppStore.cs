using Microsoft.Extensions.DependencyInjection;
using BlazorSharedState.Benchmarks.Scenarios;

namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>A store with every feature of the app, scanned as the app scans them, on a SQLite log file.</summary>
internal static class AppStore
{
    public static StoreHost OnSqlite(string path, Action<IServiceCollection>? configure = null) =>
        new(o => o.ScanAssemblies(typeof(Program).Assembly), services =>
        {
            SqliteLogs.At(path)(services);
            configure?.Invoke(services);
        });
}

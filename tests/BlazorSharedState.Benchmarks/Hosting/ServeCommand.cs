using System.Runtime.InteropServices;
using BlazorSharedState.Testing;
using Microsoft.Extensions.Hosting;

namespace BlazorSharedState.Benchmarks.Hosting;

/// <summary>
/// <c>serve</c>: the app with the baseline pages on a free loopback port, without Chromium, until
/// stopped (SIGTERM, Ctrl+C) or killed; so a client in another process (the load program) can
/// measure the baseline as it measures the app. The in-memory log and lifted loopback limits come
/// from the test host; the environment is ASPNETCORE_ENVIRONMENT's, Production when unset, as the app.
/// </summary>
internal static class ServeCommand
{
    /// <summary>The line that tells a parent process the address, as ASP.NET Core's own lifetime log says it.</summary>
    public const string ListeningPrefix = "Now listening on: ";

    public static async Task<int> RunAsync()
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environments.Production;
        var server = AppWithBaseline.WithoutBrowser(RepositoryRoot.Path, environment);
        await server.InitializeAsync();
        Console.WriteLine($"{ListeningPrefix}{server.BaseUrl.GetLeftPart(UriPartial.Authority)}");
        Console.WriteLine($"The app with the baseline pages (/baseline/chat/{{room}}, /baseline/counter) runs in {environment}; Ctrl+C stops it.");

        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stopped.TrySetResult();
        }

        using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop))
        using (PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop))
        {
            await stopped.Task;
        }

        await server.DisposeAsync();
        return 0;
    }
}

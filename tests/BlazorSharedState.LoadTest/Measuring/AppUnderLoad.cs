using System.Diagnostics;
using System.Net;

namespace BlazorSharedState.LoadTest.Measuring;

/// <summary>
/// A server (the app, or the baseline host) as its own process on a loopback port, so its memory
/// is its own and the load client's work doesn't count against it. Killed when disposed.
/// </summary>
internal sealed class AppUnderLoad : IAsyncDisposable
{
    // ASP.NET Core's lifetime log line, which the baseline host's serve mode writes too.
    private const string ListeningPrefix = "Now listening on: ";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;

    private AppUnderLoad(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int ProcessId => _process.Id;

    /// <summary>How the server ended, e.g. "exited with code 134", or null while it runs.</summary>
    public string? Ended => _process.HasExited ? $"exited with code {_process.ExitCode}" : null;

    /// <summary>
    /// Starts <paramref name="program"/> with <c>dotnet</c>: Production, the in-memory log, the
    /// server GC, the per-address limits lifted; the cookie keys in a scratch folder. Returns once
    /// <c>/alive</c> answers on the address it announced.
    /// </summary>
    public static async Task<AppUnderLoad> StartAsync(ServerProgram program, IReadOnlyDictionary<string, string>? settings = null)
    {
        var dll = Path.GetFullPath(program.Dll);
        var start = new ProcessStartInfo("dotnet", [dll, .. program.Arguments])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["SharedState__Log"] = "Memory";
        start.Environment["SharedState__DataDirectory"] = Directory.CreateTempSubdirectory("shared-state-load-").FullName;
        start.Environment["DOTNET_gcServer"] = "1";
        LoopbackLimits.LiftIn(start.Environment);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The one information line kept: where it listens.
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var announced = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {dll} did not start.");
        // Drained so a chatty server never blocks on a full pipe. The server logs warnings and
        // errors only (to standard output, as the console logger does): shown, so a failing
        // circuit's exception is on record beside the figures.
        process.OutputDataReceived += (_, e) =>
        {
            var at = e.Data?.IndexOf(ListeningPrefix, StringComparison.Ordinal) ?? -1;
            if (at >= 0)
            {
                announced.TrySetResult(new Uri(e.Data![(at + ListeningPrefix.Length)..].Trim().TrimEnd('/') + "/"));
            }
            else if (e.Data is not null)
            {
                Console.Error.WriteLine($"{program.Name}: {e.Data}");
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"{program.Name}: {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Stopped or killed by a timeout, the load program takes the server with it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Kill(process);
        Console.CancelKeyPress += (_, _) => Kill(process);

        var server = new AppUnderLoad(process, await AddressOfAsync(process, program, announced.Task));
        await server.WaitUntilAliveAsync(program);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Kill(_process);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone, or disposed.
        }
    }

    private static async Task<Uri> AddressOfAsync(Process process, ServerProgram program, Task<Uri> announced)
    {
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(announced, exited, Task.Delay(StartTimeout)) == announced)
        {
            return await announced;
        }

        Kill(process);
        throw new InvalidOperationException(exited.IsCompleted
            ? $"{program.Name} exited with code {process.ExitCode} before it said where it listens."
            : $"{program.Name} did not say where it listens within {StartTimeout.TotalSeconds} s.");
    }

    private async Task WaitUntilAliveAsync(ServerProgram program)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{program.Name} exited with code {_process.ExitCode} before it answered on {BaseUrl}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("alive", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{program.Name} did not answer /alive on {BaseUrl} within {StartTimeout.TotalSeconds} s.");
    }
}

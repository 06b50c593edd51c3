using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BlazorSharedState.LoadTest.Measuring;

/// <summary>
/// The app as its own process on a free loopback port, so its memory is its own and the load
/// client's work doesn't count against it. Killed when disposed.
/// </summary>
internal sealed class AppUnderLoad : IAsyncDisposable
{
    private readonly Process _process;

    private AppUnderLoad(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts <paramref name="appDll"/> with <c>dotnet</c>: Production, the in-memory log, the
    /// server GC; the cookie keys in a scratch folder. Returns once <c>/alive</c> answers.
    /// </summary>
    public static async Task<AppUnderLoad> StartAsync(string appDll, IReadOnlyDictionary<string, string>? settings = null)
    {
        var baseUrl = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
        appDll = Path.GetFullPath(appDll);
        var start = new ProcessStartInfo("dotnet", [appDll, "--urls", baseUrl.GetLeftPart(UriPartial.Authority)])
        {
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
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
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {appDll} did not start.");
        // Drained so a chatty app never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"app: {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var app = new AppUnderLoad(process, baseUrl);
        // Stopped or killed by a timeout, the load program takes the app with it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.Kill();
        Console.CancelKeyPress += (_, _) => app.Kill();
        await app.WaitUntilAliveAsync();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone, or disposed.
        }
    }

    private async Task WaitUntilAliveAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before it answered on {BaseUrl}.");
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

        throw new TimeoutException($"The app did not answer /alive on {BaseUrl} within 60 s.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using BlazorSharedState.LoadTest.Measuring;

namespace BlazorSharedState.E2E.Fixtures;

/// <summary>
/// The built app as a child process, so a test can do to the server what happens to it in
/// production: kill -9 it, stop it, start it again. The in-process <see cref="AppServer"/> can't die
/// without taking the tests with it, and a restart needs a process that really starts from nothing.
/// </summary>
/// <remarks>
/// It runs the app the E2E project's reference built (src/BlazorSharedState.Web/bin, same
/// configuration as the tests) with <c>dotnet</c>, in Development, as the in-process server runs
/// (MapStaticAssets serves the framework's files from the build output in Production too, as
/// <c>./build.sh run</c> does). Every start uses the same loopback address: open tabs reconnect to
/// the address they were loaded from.
/// </remarks>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Longer than the host's own 30 s shutdown timeout, so a graceful stop gets to finish.</summary>
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(40);

    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);

    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly RecentOutput _output = new(200);
    private Process? _process;

    /// <param name="settings">Environment variables for the app, e.g. <c>SharedState__Log=Memory</c>; kept for restarts.</param>
    public AppProcess(IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        BaseUrl = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
    }

    /// <summary>Where the app listens, the same for every start of this instance.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The app's last lines of output, over all its starts; for failure messages.</summary>
    public string RecentOutput => _output.ToString();

    private static string AppPath { get; } = FindApp();

    /// <summary>Starts the app and waits until <c>GET /</c> answers 200.</summary>
    public async Task StartAsync()
    {
        if (_process is not null)
        {
            throw new InvalidOperationException($"The app is already running on {BaseUrl}.");
        }

        _output.Add($"--- starting {AppPath} on {BaseUrl}");
        _process = Launch();
        await WaitUntilAnsweringAsync(_process);
    }

    /// <summary>kill -9: the process gets no chance to close anything, as in a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await WaitForExitAsync(_process, ExitTimeout, "after SIGKILL");
        Forget();
    }

    /// <summary>A graceful stop (SIGTERM, as systemd or docker stop sends); killed if it doesn't stop in time.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        // .NET can send SIGKILL (Process.Kill) but not SIGTERM; the kill command can.
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        try
        {
            await WaitForExitAsync(_process, StopTimeout, "after SIGTERM");
        }
        catch (TimeoutException)
        {
            _output.Add($"--- no exit {StopTimeout.TotalSeconds} s after SIGTERM; killing");
            _process.Kill();
            await WaitForExitAsync(_process, ExitTimeout, "after SIGKILL");
        }

        Forget();
    }

    /// <summary>Starts the app again on the same address with the same settings, stopping it first if it runs.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    private Process Launch()
    {
        var start = new ProcessStartInfo(DotnetHost(), [AppPath, "--urls", BaseUrl.GetLeftPart(UriPartial.Authority)])
        {
            WorkingDirectory = Path.GetDirectoryName(AppPath)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        LoopbackLimits.LiftIn(start.Environment);
        foreach (var (key, value) in _settings)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => _output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => _output.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilAnsweringAsync(Process process)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync(); // the rest of its output
                var code = process.ExitCode;
                Forget();
                throw new InvalidOperationException(
                    $"The app exited with code {code} before it answered GET / on {BaseUrl}. Its last output:{Environment.NewLine}{RecentOutput}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException(
            $"The app did not answer GET / with 200 on {BaseUrl} within {StartTimeout.TotalSeconds} s. Its last output:{Environment.NewLine}{RecentOutput}");
    }

    private async Task WaitForExitAsync(Process process, TimeSpan timeout, string after)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException(
                $"The app (pid {process.Id}) did not exit within {timeout.TotalSeconds} s {after}. Its last output:{Environment.NewLine}{RecentOutput}");
        }

        _output.Add($"--- exited with code {process.ExitCode} {after}");
    }

    private void Forget()
    {
        _process?.Dispose();
        _process = null;
    }

    /// <summary>The muxer running the tests (they run under <c>dotnet</c>), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    /// <summary>
    /// The app as the E2E project's reference built it: the tests run from
    /// tests/BlazorSharedState.E2E/bin/{configuration}/{tfm}/, the app is in the same place under src/.
    /// </summary>
    private static string FindApp()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testOutput.Parent?.Name ?? throw new InvalidOperationException($"No configuration folder above {testOutput.FullName}.");
        var path = Path.Combine(RepositoryRoot.Path, "src", "BlazorSharedState.Web", "bin", configuration, testOutput.Name, "BlazorSharedState.Web.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The built app was not found at {path}; build tests/BlazorSharedState.E2E (it builds the app) in {configuration}.", path);
    }

    /// <summary>A port nobody listens on now; taken once, so every start of the app reuses it.</summary>
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

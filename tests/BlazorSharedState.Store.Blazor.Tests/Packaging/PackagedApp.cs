using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BlazorSharedState.Store.Blazor.Tests.Packaging;

/// <summary>
/// The store's packages packed into a local folder feed, and an app outside the repository
/// (so none of its Directory.*.props reach it) that uses them: written, built, run on Kestrel
/// on a loopback port. Everything lives in one temporary folder, removed on dispose.
/// </summary>
internal sealed class PackagedApp : IAsyncDisposable
{
    /// <summary>The libraries the repository packs, as ids in the order a feed lists them.</summary>
    public static readonly string[] Libraries =
        ["BlazorSharedState.Store", "BlazorSharedState.Store.Blazor", "BlazorSharedState.Store.Redis", "BlazorSharedState.Store.Sqlite", "BlazorSharedState.Testing"];

    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly string _root = Directory.CreateTempSubdirectory("shared-state-packages-").FullName;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private PackagedApp(string version) => Version = version;

    /// <summary>The version the packages were packed with: this run's own, so no cached copy can stand in.</summary>
    public string Version { get; }

    public string Folder => Path.Combine(_root, "MyApp");

    public Uri? BaseUrl { get; private set; }

    /// <summary>What the running app wrote to its console so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private string Feed => Path.Combine(_root, "feed");

    /// <summary>Packs the libraries of <paramref name="repository"/> as a release would.</summary>
    public static async Task<PackagedApp> PackAsync(string repository)
    {
        var suffix = "check." + Guid.NewGuid().ToString("N")[..12];
        var app = new PackagedApp($"{VersionPrefix(repository)}-{suffix}");
        try
        {
            // One pack over a solution filter of the libraries: one restore, and each project built
            // once, rather than a pack per library rebuilding what the others share. Built under the
            // temporary folder, so the repository's own bin and obj stay as they are.
            await DotnetCommand.RunAsync(
                repository, "pack", app.WriteLibraryFilter(repository), "-c", "Release", $"-p:PackageOutputPath={app.Feed}",
                "--version-suffix", suffix, "--artifacts-path", Path.Combine(app._root, "artifacts"), "--disable-build-servers");
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>The packed .nupkg files, by file name.</summary>
    public IReadOnlyList<string> Packages => [.. Directory.GetFiles(Feed, "*.nupkg").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>What each packed package holds.</summary>
    public IEnumerable<PackedPackage> ReadPackages() => Packages.Select(name => PackedPackage.Read(Path.Combine(Feed, name)));

    /// <summary>Writes the app: its shell, the README's files and package references, and a nuget.config; then builds it.</summary>
    public async Task BuildAsync(ReadmeSteps steps)
    {
        Directory.CreateDirectory(Folder);
        var machinePackages = await MachinePackagesAsync();
        Write("nuget.config", AppShell.NuGetConfig(Feed, Path.Combine(_root, "packages"), machinePackages));
        Write("MyApp.csproj", AppShell.Project(steps.Packages, Version));
        foreach (var (path, text) in AppShell.Files.Concat(steps.Files))
        {
            Write(path, text);
        }

        RequireNoRepositorySettings();
        await DotnetCommand.RunAsync(Folder, "build", "--disable-build-servers");
    }

    /// <summary>Starts the built app on a free loopback port and waits until it serves <paramref name="path"/>.</summary>
    public async Task<string> StartAsync(string path)
    {
        BaseUrl = new Uri($"http://127.0.0.1:{LoopbackPort.Free().ToString(CultureInfo.InvariantCulture)}/");
        var start = DotnetCommand.StartInfo(Folder, [Path.Combine("bin", "Debug", "net10.0", "MyApp.dll"), "--urls", BaseUrl.ToString()]);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                return await GetAsync(path);
            }
            catch (HttpRequestException) when (!_process.HasExited && Stopwatch.GetElapsedTime(started) < StartLimit)
            {
                await Task.Delay(100);
            }
            catch (HttpRequestException exception)
            {
                Assert.Fail($"The app didn't serve {path} within {StartLimit.TotalSeconds:0} s (exited: {_process.HasExited}): {exception.Message}\n{Output}");
            }
        }
    }

    /// <summary>The page at <paramref name="path"/>, as a browser's first request gets it (prerendered).</summary>
    public async Task<string> GetAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Only a temp folder; the OS cleans it up in time.
        }
    }

    // The version lives in one place, Directory.Build.props; a package check must not repeat it.
    private static string VersionPrefix(string repository)
    {
        var props = File.ReadAllText(Path.Combine(repository, "Directory.Build.props"));
        var start = props.IndexOf("<VersionPrefix>", StringComparison.Ordinal) + "<VersionPrefix>".Length;
        return props[start..props.IndexOf("</VersionPrefix>", start, StringComparison.Ordinal)];
    }

    /// <summary>Where this machine keeps restored packages: the repository's dependencies are there already.</summary>
    private static async Task<string> MachinePackagesAsync()
    {
        var output = await DotnetCommand.RunAsync(Path.GetTempPath(), "nuget", "locals", "global-packages", "--list");
        const string prefix = "global-packages: ";
        var line = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(line is not null, $"dotnet nuget locals didn't name the global packages folder:\n{output}");
        return line[prefix.Length..];
    }

    /// <summary>A solution filter that holds only the libraries of the repository's solution.</summary>
    private string WriteLibraryFilter(string repository)
    {
        var path = Path.Combine(_root, "libraries.slnf");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            solution = new
            {
                path = Path.Combine(repository, "BlazorSharedState.sln"),
                projects = Libraries.Select(library => $"src/{library}/{library}.csproj"),
            },
        }));
        return path;
    }

    private void RequireNoRepositorySettings()
    {
        for (var folder = new DirectoryInfo(Folder).Parent; folder is not null; folder = folder.Parent)
        {
            Assert.False(
                File.Exists(Path.Combine(folder.FullName, "Directory.Build.props")) || File.Exists(Path.Combine(folder.FullName, "Directory.Packages.props")),
                $"{folder.FullName} holds MSBuild settings that would reach the app in {Folder}; set TMPDIR to a folder outside any repository.");
        }
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(Folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}

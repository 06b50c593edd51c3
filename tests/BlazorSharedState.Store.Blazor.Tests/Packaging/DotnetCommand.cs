using System.Diagnostics;
using System.Text;

namespace BlazorSharedState.Store.Blazor.Tests.Packaging;

/// <summary>
/// Runs the dotnet CLI as a developer would in a terminal, and fails with its whole output when
/// it doesn't succeed, so a broken package or step says why.
/// </summary>
internal static class DotnetCommand
{
    /// <summary>Long enough for a cold restore and build on a busy two-core machine; a hang still ends.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>The muxer running the tests (they run under <c>dotnet</c>), else the one on PATH.</summary>
    public static string Host =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    /// <summary>Runs <c>dotnet <paramref name="arguments"/></c> in <paramref name="folder"/>; returns its output.</summary>
    public static async Task<string> RunAsync(string folder, params string[] arguments)
    {
        using var process = new Process { StartInfo = StartInfo(folder, arguments) };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', arguments)} in {folder} didn't finish within {Limit.TotalMinutes:0} minutes:\n{Text(output)}");
        }

        // The redirected streams may still hold the last lines after the exit.
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} in {folder} failed with exit code {process.ExitCode}:\n{Text(output)}");
        return Text(output);
    }

    /// <summary>
    /// A clean CLI environment: no MSBuild settings inherited from the test run, and no build
    /// servers left running after the command.
    /// </summary>
    public static ProcessStartInfo StartInfo(string folder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Host, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        return start;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}

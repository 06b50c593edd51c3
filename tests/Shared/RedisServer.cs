using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace BlazorSharedState.Testing;

/// <summary>
/// A real <c>redis-server</c> (Debian's package) on a free loopback port, with its own folder and
/// the append-only file on (fsynced on every write unless told otherwise), as the README asks of a
/// Redis that holds the shared log. Tests can kill -9 it and start it again on the same port and folder, as a crash
/// and a restart do; it is stopped by its PID and its folder removed on dispose.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly string _folder = Directory.CreateTempSubdirectory("redis-").FullName;
    private readonly string _appendFsync;
    private Process? _process;

    /// <param name="appendFsync">Redis's <c>appendfsync</c>: <c>always</c> loses nothing accepted; <c>everysec</c> up to a second.</param>
    public RedisServer(string appendFsync = "always")
    {
        Port = LoopbackPort.Free();
        _appendFsync = appendFsync;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    private static string ServerPath => Environment.GetEnvironmentVariable("REDIS_SERVER_PATH") is { Length: > 0 } path ? path : "/usr/bin/redis-server";

    public static async Task<RedisServer> StartNewAsync(string appendFsync = "always")
    {
        var server = new RedisServer(appendFsync);
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts redis-server and waits until it answers PING.</summary>
    public async Task StartAsync()
    {
        if (_process is not null)
        {
            throw new InvalidOperationException($"redis-server already runs on port {Port}.");
        }

        var start = new ProcessStartInfo(ServerPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _folder,
            "--appendonly", "yes", "--appendfsync", _appendFsync, "--save", string.Empty,
            "--daemonize", "no", "--protected-mode", "no", "--loglevel", "warning"])
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"{ServerPath} didn't start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var started = Stopwatch.GetTimestamp();
        while (!await AnswersPingAsync())
        {
            if (_process.HasExited || Stopwatch.GetElapsedTime(started) > StartTimeout)
            {
                throw new InvalidOperationException($"redis-server on port {Port} didn't answer PING (exited: {_process.HasExited}).");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>kill -9: Redis gets no chance to write anything more, as in a crash.</summary>
    public async Task KillAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Only a temp folder; the OS cleans it up in time.
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }
}

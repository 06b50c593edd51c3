using BlazorSharedState.E2E.Fixtures;
using BlazorSharedState.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace BlazorSharedState.E2E.Durability;

/// <summary>
/// The real app as a child process on its default, durable log: a SQLite file in a data folder
/// of its own, which outlives the process, so a test can kill it and start it again on the same data.
/// </summary>
internal sealed class DurableApp : IAsyncDisposable
{
    private DurableApp(string dataDirectory, ChromiumBrowser chromium)
    {
        DataDirectory = dataDirectory;
        Chromium = chromium;
        Process = new AppProcess(new Dictionary<string, string> { ["SharedState__DataDirectory"] = dataDirectory });
    }

    public string DataDirectory { get; }

    public AppProcess Process { get; }

    public ChromiumBrowser Chromium { get; }

    public static async Task<DurableApp> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sharedstate-e2e", Guid.NewGuid().ToString("N"));
        var app = new DurableApp(folder, await ChromiumBrowser.LaunchAsync());
        await app.Process.StartAsync();
        return app;
    }

    public Task<AppUser> NewUserAsync() => Chromium.NewUserAsync(Process.BaseUrl);

    /// <summary>Every logged action, read from the file as another program would: sequence, logged name, payload.</summary>
    public List<(long Sequence, string Name, string Payload)> ReadLog()
    {
        using var connection = new SqliteConnection(
            $"Data Source={Path.Combine(DataDirectory, SqliteActionLog.FileName)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, name, payload FROM actions ORDER BY seq";
        using var reader = command.ExecuteReader();
        var rows = new List<(long, string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        await Chromium.DisposeAsync();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}

using BlazorSharedState.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BlazorSharedState.Store.Tests.Fixtures;

/// <summary>A temporary folder holding a real SQLite action log, and stores started on it.</summary>
public sealed class SqliteLogFolder : IDisposable
{
    public SqliteLogFolder()
    {
        Directory.CreateDirectory(Path);
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sharedstate-tests", Guid.NewGuid().ToString("N"));

    public string File => System.IO.Path.Combine(Path, SqliteActionLog.FileName);

    public FakeTimeProvider Time { get; } = new(StoreHarness.Start);

    /// <summary>A store on this folder's log; <paramref name="options"/> tunes snapshots and retention.</summary>
    public Task<StoreHarness> StartStoreAsync(Action<ActionLogOptions>? options = null) =>
        StoreHarness.StartAsync(time: Time, configure: services => services
            .AddSqliteActionLog(o => o.Path = File)
            .Configure<ActionLogOptions>(o => options?.Invoke(o)));

    /// <summary>Runs <paramref name="sql"/> on the log file directly, as another program (or a bad disk) could.</summary>
    public long Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={File};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}

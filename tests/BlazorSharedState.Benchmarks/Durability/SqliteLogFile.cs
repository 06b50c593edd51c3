using BlazorSharedState.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>Copies and edits a closed log file behind the store's back, as an operator with the sqlite3 shell could.</summary>
internal static class SqliteLogFile
{
    private static readonly string[] Parts = [string.Empty, "-wal"];

    /// <summary>Copies the log (and its write-ahead log, if any) into <paramref name="folder"/> under the app's file name.</summary>
    public static string CopyInto(string source, string folder)
    {
        var target = Path.Combine(folder, SqliteActionLog.FileName);
        foreach (var part in Parts.Where(part => File.Exists(source + part)))
        {
            File.Copy(source + part, target + part);
        }

        return target;
    }

    /// <summary>Bytes on disk: the database and its write-ahead log.</summary>
    public static long SizeOf(string path) => Parts.Select(part => path + part).Where(File.Exists).Sum(file => new FileInfo(file).Length);

    /// <summary>The snapshots kept, oldest first, with the bytes of their state JSON.</summary>
    public static List<(long Sequence, long StateBytes)> Snapshots(string path)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, SUM(LENGTH(CAST(state AS BLOB))) FROM snapshots GROUP BY seq ORDER BY seq";
        using var reader = command.ExecuteReader();
        var snapshots = new List<(long, long)>();
        while (reader.Read())
        {
            snapshots.Add((reader.GetInt64(0), reader.GetInt64(1)));
        }

        return snapshots;
    }

    /// <summary>Drops the clean-shutdown snapshot, so a start reads the last one taken while running.</summary>
    public static void DeleteNewestSnapshot(string path) => Execute(path, "DELETE FROM snapshots WHERE seq = (SELECT MAX(seq) FROM snapshots)");

    /// <summary>Drops every snapshot, so a start replays the whole log.</summary>
    public static void DeleteAllSnapshots(string path) => Execute(path, "DELETE FROM snapshots");

    private static void Execute(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string path)
    {
        // Not pooled, so the file is closed when the store opens it.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}

namespace BlazorSharedState.Store.Sqlite;

/// <summary>The log's tables: one row per action, one row per feature of each snapshot.</summary>
internal static class SqliteSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS actions (
            seq INTEGER PRIMARY KEY,
            id BLOB NOT NULL,
            time INTEGER NOT NULL,
            user_id TEXT NOT NULL,
            circuit_id TEXT,
            name TEXT NOT NULL,
            payload TEXT NOT NULL,
            server TEXT);
        CREATE TABLE IF NOT EXISTS snapshots (
            seq INTEGER NOT NULL,
            feature TEXT NOT NULL,
            time INTEGER NOT NULL,
            state TEXT NOT NULL,
            PRIMARY KEY (seq, feature)) WITHOUT ROWID;
        """;

    public const string Insert = """
        INSERT INTO actions (seq, id, time, user_id, circuit_id, name, payload, server)
        VALUES ($seq, $id, $time, $user, $circuit, $name, $payload, $server)
        """;

    public const string AddServer = "ALTER TABLE actions ADD COLUMN server TEXT";

    /// <summary>The last sequence and time, counting snapshots: retention may have let the actions before one go.</summary>
    public const string Head = """
        SELECT seq, time FROM (
            SELECT seq, time FROM actions WHERE seq = (SELECT MAX(seq) FROM actions)
            UNION ALL
            SELECT seq, time FROM snapshots WHERE seq = (SELECT MAX(seq) FROM snapshots))
        ORDER BY seq DESC LIMIT 1
        """;

    public const string ReadFrom = "SELECT seq, id, time, user_id, circuit_id, name, payload, server FROM actions WHERE seq > $after ORDER BY seq";
}

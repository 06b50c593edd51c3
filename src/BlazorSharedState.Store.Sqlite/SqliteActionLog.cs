using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Store.Sqlite;

/// <summary>
/// The action log in one embedded SQLite file (WAL). Each batch is one transaction, so a
/// process killed mid-append leaves the log as it was before that batch: SQLite's recovery
/// drops the torn tail, and that batch was never answered. Snapshots keep the newest two.
/// </summary>
public sealed partial class SqliteActionLog : IActionLog, IDisposable
{
    /// <summary>The file name under the data directory.</summary>
    public const string FileName = "shared-state.db";

    /// <summary>
    /// The most actions one snapshot may let go: retention catches up over a few snapshots
    /// rather than holding the write lock (and the store's loop) for one huge delete.
    /// </summary>
    private const int MaxTrimPerSnapshot = 50_000;

    /// <summary>
    /// Rows appended between checkpoints. SQLite would checkpoint inside a commit, fsyncs and
    /// all, stalling the store's loop; a background connection checkpoints instead, without
    /// blocking the writer.
    /// </summary>
    private const int CheckpointEvery = 5_000;

    private readonly SqliteActionLogOptions _options;
    private readonly ActionLogOptions _retention;
    private readonly ActionLogCodec _codec;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _connectionString;

    // Appends and snapshot writes take turns here rather than in SQLite's busy handler, which
    // would make the store's loop sleep far longer than a snapshot holds the write lock.
    private readonly Lock _writes = new();
    private SqliteConnection? _writer;
    private SqliteCommand? _insert;
    private int _rowsSinceCheckpoint;
    private Task _checkpoint = Task.CompletedTask;

    /// <summary>Creates the log; nothing is opened before <see cref="OpenAsync"/>.</summary>
    public SqliteActionLog(
        IOptions<SqliteActionLogOptions> options,
        IOptions<ActionLogOptions> retention,
        ActionLogCodec codec,
        TimeProvider time,
        ILogger<SqliteActionLog>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(retention);
        _options = options.Value;
        _retention = retention.Value;
        _codec = codec;
        _time = time;
        _logger = logger ?? NullLogger<SqliteActionLog>.Instance;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(_options.Path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
    }

    /// <inheritdoc />
    public Task<ActionLogHead> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_options.Path))!);
        _writer = Connect();
        Execute(_writer, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;" + SqliteSchema.Create);
        if (!Strings(_writer, "SELECT name FROM pragma_table_info('actions')").Contains("server"))
        {
            // Logs written before servers were named get the column; their actions have no server.
            Execute(_writer, SqliteSchema.AddServer);
        }

        _insert = _writer.CreateCommand();
        _insert.CommandText = SqliteSchema.Insert;
        foreach (var name in (string[])["$seq", "$id", "$time", "$user", "$circuit", "$name", "$payload", "$server"])
        {
            _insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        using var head = _writer.CreateCommand();
        head.CommandText = SqliteSchema.Head;
        using var reader = head.ExecuteReader();
        var result = reader.Read() ? new ActionLogHead(reader.GetInt64(0), Time(reader.GetInt64(1))) : default;
        Log.Opened(_logger, _options.Path, result.Sequence, _options.Synchronous);
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LoggedAction>> AppendAsync(IReadOnlyList<LoggedAction> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var insert = _insert ?? throw new InvalidOperationException("The log isn't open.");
        using var gate = _writes.EnterScope();
        using var transaction = _writer!.BeginTransaction();
        insert.Transaction = transaction;
        var p = insert.Parameters;
        foreach (var (action, meta) in batch)
        {
            var (name, payload) = _codec.Write(action);
            p[0].Value = meta.Sequence;
            p[1].Value = meta.Id.ToByteArray();
            p[2].Value = meta.Time.UtcTicks;
            p[3].Value = meta.UserId;
            p[4].Value = (object?)meta.CircuitId ?? DBNull.Value;
            p[5].Value = name;
            p[6].Value = payload;
            p[7].Value = (object?)meta.Server ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        _rowsSinceCheckpoint += batch.Count;
        if (_rowsSinceCheckpoint >= CheckpointEvery && _checkpoint.IsCompleted)
        {
            _rowsSinceCheckpoint = 0;
            _checkpoint = Task.Run(Checkpoint, CancellationToken.None);
        }

        return ValueTask.FromResult(batch);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<LoggedAction> ReadAsync(long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = SqliteSchema.ReadFrom;
        command.Parameters.AddWithValue("$after", afterSequence);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (reader.Read())
        {
            var sequence = reader.GetInt64(0);
            var meta = new ActionMeta(
                sequence,
                new Guid((byte[])reader.GetValue(1)),
                Time(reader.GetInt64(2)),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(7) ? null : reader.GetString(7));
            yield return new LoggedAction(_codec.ReadAction(sequence, reader.GetString(5), reader.GetString(6)), meta);
        }
    }

    /// <inheritdoc />
    public Task<StoreSnapshot?> ReadSnapshotAsync(long sequence, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        ActionLogUnreadableException? newestProblem = null;
        foreach (var kept in Longs(connection, "SELECT DISTINCT seq FROM snapshots WHERE seq <= $at ORDER BY seq DESC", ("$at", sequence)))
        {
            try
            {
                return Task.FromResult<StoreSnapshot?>(ReadSnapshot(connection, kept));
            }
            catch (ActionLogUnreadableException problem)
            {
                // An older snapshot may still be readable; saying so is not a silent skip.
                Log.SnapshotUnreadable(_logger, problem, kept);
                newestProblem ??= problem;
            }
        }

        // With no readable snapshot, the whole history is the only way back; without it, stop.
        var firstAction = Longs(connection, "SELECT MIN(seq) FROM actions").FirstOrDefault();
        if (newestProblem is not null && firstAction > 1)
        {
            throw newestProblem;
        }

        return Task.FromResult<StoreSnapshot?>(null);
    }

    /// <inheritdoc />
    public Task WriteSnapshotAsync(StoreSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // Serialize before taking the write lock, so appends wait only for the insert.
        var rows = snapshot.States.Select(s => (Feature: s.Key, Json: _codec.WriteState(s.Key, s.Value))).ToList();
        using var connection = Connect();
        using var gate = _writes.EnterScope();
        using var transaction = connection.BeginTransaction();
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT OR REPLACE INTO snapshots (seq, feature, time, state) VALUES ($seq, $feature, $time, $state)";
            var feature = insert.Parameters.Add(new SqliteParameter { ParameterName = "$feature" });
            var state = insert.Parameters.Add(new SqliteParameter { ParameterName = "$state" });
            insert.Parameters.AddWithValue("$seq", snapshot.Sequence);
            insert.Parameters.AddWithValue("$time", snapshot.Time.UtcTicks);
            foreach (var row in rows)
            {
                (feature.Value, state.Value) = (row.Feature, row.Json);
                insert.ExecuteNonQuery();
            }
        }

        Trim(connection);
        transaction.Commit();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task CheckWritableAsync(CancellationToken cancellationToken)
    {
        // Taking the write lock and letting it go proves the file is there and writable; in turn
        // with appends, so a health probe never makes the store's loop wait on SQLite's lock.
        using var connection = Connect();
        using var gate = _writes.EnterScope();
        Execute(connection, "BEGIN IMMEDIATE; ROLLBACK;");
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _checkpoint.GetAwaiter().GetResult();
        _insert?.Dispose();
        _writer?.Dispose();
    }

    /// <summary>Copies the write-ahead log into the database as far as readers allow, beside the writer.</summary>
    private void Checkpoint()
    {
        try
        {
            using var connection = Connect();
            Execute(connection, "PRAGMA wal_checkpoint(PASSIVE);");
        }
#pragma warning disable CA1031 // A missed checkpoint only leaves the WAL longer until the next one.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.CheckpointFailed(_logger, exception);
        }
    }

    private static DateTimeOffset Time(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static HashSet<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static List<long> Longs(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var values = new List<long>();
        while (reader.Read())
        {
            if (!reader.IsDBNull(0))
            {
                values.Add(reader.GetInt64(0));
            }
        }

        return values;
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        var synchronous = _options.Synchronous == SqliteSynchronous.Full ? "FULL" : "NORMAL";
        // journal_size_limit: the WAL file shrinks back after a checkpoint instead of keeping its peak size.
        // busy_timeout: another process or a checkpoint holding a lock is waited for in short steps.
        Execute(connection, $"PRAGMA synchronous={synchronous}; PRAGMA journal_size_limit=67108864; PRAGMA busy_timeout=5000;");
        return connection;
    }

    private StoreSnapshot ReadSnapshot(SqliteConnection connection, long sequence)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT feature, time, state FROM snapshots WHERE seq = $seq";
        command.Parameters.AddWithValue("$seq", sequence);
        using var reader = command.ExecuteReader();
        var states = new Dictionary<string, object>(StringComparer.Ordinal);
        var time = DateTimeOffset.MinValue;
        while (reader.Read())
        {
            var feature = reader.GetString(0);
            time = Time(reader.GetInt64(1));
            states[feature] = _codec.ReadState(sequence, feature, reader.GetString(2));
        }

        return new StoreSnapshot(sequence, time, states);
    }

    /// <summary>
    /// Lets go of the actions that retention no longer keeps, never one the newest two snapshots
    /// need, and of the snapshots before the first action kept but one: the base of what remains.
    /// </summary>
    private void Trim(SqliteConnection connection)
    {
        var recoverySnapshot = Longs(connection, "SELECT DISTINCT seq FROM snapshots ORDER BY seq DESC LIMIT 2").Min();
        var last = Longs(connection, "SELECT MAX(seq) FROM actions").FirstOrDefault();
        var first = Longs(connection, "SELECT MIN(seq) FROM actions").FirstOrDefault();
        // Times grow with sequences, so the too-old actions are a prefix: look only as far as one trim may go.
        var tooOld = Longs(
            connection,
            "SELECT MAX(seq) FROM (SELECT seq, time FROM actions ORDER BY seq LIMIT $most) WHERE time < $cutoff",
            ("$most", MaxTrimPerSnapshot),
            ("$cutoff", (_time.GetUtcNow() - _retention.RetainAge).UtcTicks)).FirstOrDefault();
        var through = Math.Min(_retention.RetentionFloor(last, tooOld, recoverySnapshot), first + MaxTrimPerSnapshot - 1);
        if (through < first || first == 0)
        {
            return;
        }

        using (var delete = connection.CreateCommand())
        {
            delete.CommandText = """
                DELETE FROM actions WHERE seq <= $through;
                DELETE FROM snapshots WHERE seq < (SELECT MAX(seq) FROM snapshots WHERE seq <= $through);
                """;
            delete.Parameters.AddWithValue("$through", through);
            Log.Trimmed(_logger, delete.ExecuteNonQuery(), through);
        }
    }
}

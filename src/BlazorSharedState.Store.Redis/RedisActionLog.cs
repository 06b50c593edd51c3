using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BlazorSharedState.Store.Redis;

/// <summary>
/// The action log on a Redis stream that several servers share. One Lua script gives each
/// batch the next dense sequences and Redis's time as it appends it, so there is one order for
/// everyone; each server reads the stream with <c>XRANGE</c> from its last applied sequence
/// when another one says it appended (pub/sub), when the connection comes back, and on a slow
/// poll. Snapshots live beside the stream, which is trimmed only behind the ones still kept.
/// </summary>
public sealed partial class RedisActionLog : ISharedActionLog, IDisposable
{
    /// <summary>Entries one <c>XRANGE</c> reads: big enough to catch up fast, small enough not to stall Redis.</summary>
    private const int ReadPage = 1_000;

    /// <summary>The most actions one snapshot may let go, as in the SQLite log.</summary>
    private const int MaxTrimPerSnapshot = 50_000;

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisActionLogOptions _options;
    private readonly ActionLogOptions _retention;
    private readonly ActionLogCodec _codec;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RedisKeys _keys;
    private ITimer? _poll;

    /// <summary>Creates the log on <paramref name="redis"/>; nothing is read before <see cref="OpenAsync"/>.</summary>
    public RedisActionLog(
        IConnectionMultiplexer redis,
        IOptions<RedisActionLogOptions> options,
        IOptions<ActionLogOptions> retention,
        ActionLogCodec codec,
        TimeProvider time,
        ILogger<RedisActionLog>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(retention);
        _redis = redis;
        _options = options.Value;
        _retention = retention.Value;
        _codec = codec;
        _time = time;
        _logger = logger ?? NullLogger<RedisActionLog>.Instance;
        _keys = new RedisKeys(_options.KeyPrefix);
    }

    /// <inheritdoc />
    public event Action? MayHaveMore;

    private IDatabase Database => _redis.GetDatabase();

    /// <inheritdoc />
    public async Task<ActionLogHead> OpenAsync(CancellationToken cancellationToken)
    {
        await WaitForRedisAsync(cancellationToken);
        var head = await Database.HashGetAsync(_keys.Head, ["seq", "time"]);
        var result = head[0].IsNull ? default : new ActionLogHead((long)head[0], Time((long)head[1]));

        var server = _retention.ServerName;
        await _redis.GetSubscriber().SubscribeAsync(_keys.Appended, (_, from) =>
        {
            if (from != server)
            {
                MayHaveMore?.Invoke();
            }
        });
        _redis.ConnectionRestored += OnConnectionRestored;
        _poll = _time.CreateTimer(static log => ((RedisActionLog)log!).MayHaveMore?.Invoke(), this, _options.SafetyPoll, _options.SafetyPoll);
        RedisLog.Opened(_logger, _options.Configuration, _options.KeyPrefix, result.Sequence);
        return result;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LoggedAction>> AppendAsync(IReadOnlyList<LoggedAction> batch, CancellationToken cancellationToken) =>
        AppendAfterAsync(-1, batch, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<LoggedAction>> AppendAfterAsync(long appliedSequence, IReadOnlyList<LoggedAction> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var server = _retention.ServerName;
        const int first = RedisScripts.FirstEntryArgument - 1;
        var values = new RedisValue[first + (batch.Count * RedisScripts.FieldsPerEntry)];
        values[0] = _keys.Appended.ToString();
        values[1] = server;
        values[2] = appliedSequence;
        for (var i = 0; i < batch.Count; i++)
        {
            var (action, meta) = batch[i];
            var (name, payload) = _codec.Write(action);
            var at = first + (i * RedisScripts.FieldsPerEntry);
            values[at] = meta.Id.ToByteArray();
            values[at + 1] = meta.UserId;
            values[at + 2] = meta.CircuitId ?? string.Empty;
            values[at + 3] = meta.Server ?? server;
            values[at + 4] = name;
            values[at + 5] = payload;
        }

        // Without a connection the script is never sent: the batch is certainly not in the log.
        if (!_redis.IsConnected)
        {
            throw new ActionLogUnavailableException($"Redis at {_options.Configuration} isn't connected.");
        }

        RedisResult result;
        try
        {
            result = await Database.ScriptEvaluateAsync(RedisScripts.Append, [_keys.Stream, _keys.Head], values);
        }
        catch (RedisConnectionException exception) when (exception.FailureType == ConnectionFailureType.UnableToConnect)
        {
            throw new ActionLogUnavailableException($"Redis at {_options.Configuration} can't be reached.", exception);
        }

        var answer = (RedisResult[])result!;
        var sequence = (long)answer[0];
        var time = Time((long)answer[1]);
        var others = (RedisResult[])answer[2]!;
        var logged = new List<LoggedAction>(others.Length + batch.Count);
        foreach (var entry in others)
        {
            // An entry as XRANGE answers it inside a script: [id, [field, value, ...]].
            var parts = (RedisResult[])entry!;
            logged.Add(Decode(Fields((RedisResult[])parts[1]!)));
        }

        for (var i = 0; i < batch.Count; i++)
        {
            var meta = batch[i].Meta;
            logged.Add(new LoggedAction(batch[i].Action, meta with { Sequence = sequence + i, Time = time, Server = meta.Server ?? server }));
        }

        return logged;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<LoggedAction> ReadAsync(long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // As for appends: with no connection, say so at once rather than after a timeout.
        if (!_redis.IsConnected)
        {
            throw new ActionLogUnavailableException($"Redis at {_options.Configuration} isn't connected.");
        }

        var after = afterSequence;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await Database.StreamRangeAsync(_keys.Stream, RedisKeys.After(after), "+", ReadPage);
            foreach (var entry in page)
            {
                var logged = Decode(entry);
                after = logged.Meta.Sequence;
                yield return logged;
            }

            if (page.Length < ReadPage)
            {
                yield break;
            }
        }
    }

    /// <inheritdoc />
    public Task CheckWritableAsync(CancellationToken cancellationToken) => Database.PingAsync();

    /// <inheritdoc />
    public void Dispose()
    {
        _poll?.Dispose();
        _redis.ConnectionRestored -= OnConnectionRestored;
    }

    private static DateTimeOffset Time(long unixMilliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds);

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        RedisLog.Reconnected(_logger);
        MayHaveMore?.Invoke();
    }

    private async Task WaitForRedisAsync(CancellationToken cancellationToken)
    {
        var deadline = _time.GetUtcNow() + _options.OpenTimeout;
        while (!_redis.IsConnected)
        {
            if (_time.GetUtcNow() > deadline)
            {
                throw new ActionLogUnavailableException($"Redis at {_options.Configuration} didn't answer within {_options.OpenTimeout.TotalSeconds:0} s, so the shared state can't be loaded.");
            }

            RedisLog.WaitingForRedis(_logger, _options.Configuration);
            await Task.Delay(TimeSpan.FromMilliseconds(500), _time, cancellationToken);
        }
    }

    private static Dictionary<string, RedisValue> Fields(RedisResult[] pairs)
    {
        var fields = new Dictionary<string, RedisValue>(pairs.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            fields[(string)pairs[i]!] = (RedisValue)pairs[i + 1];
        }

        return fields;
    }

    private LoggedAction Decode(StreamEntry entry) => Decode(entry.Values.ToDictionary(v => (string)v.Name!, v => v.Value, StringComparer.Ordinal));

    private LoggedAction Decode(Dictionary<string, RedisValue> entry)
    {
        var sequence = (long)entry["seq"];
        var circuit = (string?)entry["circuit"];
        var meta = new ActionMeta(
            sequence,
            new Guid((byte[])entry["id"]!),
            Time((long)entry["time"]),
            (string)entry["user"]!,
            string.IsNullOrEmpty(circuit) ? null : circuit,
            (string?)entry["server"]);
        return new LoggedAction(_codec.ReadAction(sequence, (string)entry["name"]!, (string)entry["payload"]!), meta);
    }
}

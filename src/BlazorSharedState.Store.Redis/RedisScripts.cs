namespace BlazorSharedState.Store.Redis;

/// <summary>The Lua that makes appending atomic: the sequence and time of a batch are taken and written in one step.</summary>
internal static class RedisScripts
{
    /// <summary>The fields each entry passes to <see cref="Append"/>, in order.</summary>
    public const int FieldsPerEntry = 6;

    /// <summary>The first ARGV index of the entries.</summary>
    public const int FirstEntryArgument = 4;

    /// <summary>The most other servers' entries one answer carries; the store reads any rest itself.</summary>
    public const int MaxOthersReturned = 1_000;

    /// <summary>
    /// KEYS: stream, head. ARGV: channel, server, the caller's applied sequence (-1: none wanted),
    /// then per entry id, user, circuit, server, name, payload. Gives the batch the next sequences
    /// and one time (Redis's clock in milliseconds, never earlier than the last one logged),
    /// appends it, tells the other servers, and returns the first sequence, the time, and the
    /// entries logged after the caller's applied sequence and before the batch (up to 1,000).
    /// </summary>
    public const string Append = """
        local head = redis.call('HMGET', KEYS[2], 'seq', 'time')
        local seq = tonumber(head[1]) or 0
        local last = tonumber(head[2]) or 0
        local clock = redis.call('TIME')
        local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
        if now < last then now = last end
        local first = seq + 1
        local applied = tonumber(ARGV[3])
        local others = {}
        if applied >= 0 and applied < seq then
          others = redis.call('XRANGE', KEYS[1], '(' .. applied .. '-0', seq .. '-0', 'COUNT', 1000)
        end
        for b = 4, #ARGV, 6 do
          seq = seq + 1
          redis.call('XADD', KEYS[1], seq .. '-0', 'seq', seq, 'time', now, 'id', ARGV[b], 'user', ARGV[b + 1],
            'circuit', ARGV[b + 2], 'server', ARGV[b + 3], 'name', ARGV[b + 4], 'payload', ARGV[b + 5])
        end
        redis.call('HSET', KEYS[2], 'seq', seq, 'time', now)
        redis.call('PUBLISH', ARGV[1], ARGV[2])
        return { first, now, others }
        """;
}

namespace BlazorSharedState.Store.Redis;

/// <summary>The Lua that makes appending atomic: the sequence and time of a batch are taken and written in one step.</summary>
internal static class RedisScripts
{
    /// <summary>The fields each entry passes to <see cref="Append"/>, in order.</summary>
    public const int FieldsPerEntry = 6;

    /// <summary>
    /// KEYS: stream, head. ARGV: channel, server, then per entry id, user, circuit, server, name,
    /// payload. Gives the batch the next sequences and one time (Redis's clock in milliseconds,
    /// never earlier than the last one logged), appends it, tells the other servers, and returns
    /// the first sequence and the time.
    /// </summary>
    public const string Append = """
        local head = redis.call('HMGET', KEYS[2], 'seq', 'time')
        local seq = tonumber(head[1]) or 0
        local last = tonumber(head[2]) or 0
        local clock = redis.call('TIME')
        local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
        if now < last then now = last end
        local first = seq + 1
        for b = 3, #ARGV, 6 do
          seq = seq + 1
          redis.call('XADD', KEYS[1], seq .. '-0', 'seq', seq, 'time', now, 'id', ARGV[b], 'user', ARGV[b + 1],
            'circuit', ARGV[b + 2], 'server', ARGV[b + 3], 'name', ARGV[b + 4], 'payload', ARGV[b + 5])
        end
        redis.call('HSET', KEYS[2], 'seq', seq, 'time', now)
        redis.call('PUBLISH', ARGV[1], ARGV[2])
        return { first, now }
        """;
}

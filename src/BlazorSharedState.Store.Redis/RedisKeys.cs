using StackExchange.Redis;

namespace BlazorSharedState.Store.Redis;

/// <summary>The log's keys, all under one prefix.</summary>
internal sealed class RedisKeys(string prefix)
{
    /// <summary>The stream of actions; entry ids are <c>{sequence}-0</c>.</summary>
    public RedisKey Stream { get; } = $"{prefix}:log";

    /// <summary>The last sequence and time stamped (a hash); it outlives trimming.</summary>
    public RedisKey Head { get; } = $"{prefix}:head";

    /// <summary>The sequences that have a snapshot (a sorted set scored by sequence).</summary>
    public RedisKey Snapshots { get; } = $"{prefix}:snapshots";

    /// <summary>The servers that hold or held a lease (a set).</summary>
    public RedisKey Servers { get; } = $"{prefix}:servers";

    /// <summary>Where a server that appended tells the others.</summary>
    public RedisChannel Appended { get; } = RedisChannel.Literal($"{prefix}:appended");

    /// <summary>One snapshot: a hash of feature name to state JSON, plus its time.</summary>
    public RedisKey Snapshot(long sequence) => $"{prefix}:snapshot:{sequence}";

    /// <summary>A server's lease: present while it runs.</summary>
    public RedisKey Lease(string server) => $"{prefix}:lease:{server}";

    public static RedisValue EntryId(long sequence) => $"{sequence}-0";

    /// <summary>The first entry id after <paramref name="sequence"/> (an exclusive XRANGE start).</summary>
    public static RedisValue After(long sequence) => $"({sequence}-0";
}

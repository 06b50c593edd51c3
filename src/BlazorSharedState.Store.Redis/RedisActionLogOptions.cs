namespace BlazorSharedState.Store.Redis;

/// <summary>Where the shared action log lives in Redis, and how often servers look for news and renew their leases.</summary>
public sealed class RedisActionLogOptions
{
    /// <summary>The StackExchange.Redis configuration string (<c>ConnectionStrings:Redis</c>).</summary>
    public string Configuration { get; set; } = "localhost:6379";

    /// <summary>The prefix of every key of the log, so several apps can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "shared-state";

    /// <summary>Where the keys that sign cookies are shared by every server (a list under <see cref="KeyPrefix"/>).</summary>
    public string DataProtectionKey => $"{KeyPrefix}:data-protection-keys";

    /// <summary>
    /// How often a server reads the log even without a poke: pub/sub loses messages while a
    /// connection is down, and this bounds how long such a loss can go unnoticed.
    /// </summary>
    public TimeSpan SafetyPoll { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a server's lease lasts unless renewed; a lapsed lease means the server is gone.</summary>
    public TimeSpan LeaseTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a server renews its lease and looks for lapsed ones.</summary>
    public TimeSpan LeaseCheck { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long opening the log waits for Redis to answer before the server gives up starting.</summary>
    public TimeSpan OpenTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

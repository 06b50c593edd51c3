namespace BlazorSharedState.Store;

/// <summary>
/// How much one server takes before it says no: the store's queue, and how fast one browser tab
/// may act. Read from <c>SharedState:Limits</c>.
/// </summary>
public sealed class StoreLimits
{
    /// <summary>The configuration section these limits are read from.</summary>
    public const string SectionName = "SharedState:Limits";

    /// <summary>What a person is told when the store's queue is full.</summary>
    public const string BusyReason = "The server is busy; try again.";

    /// <summary>
    /// The most awaited actions waiting in the store's queue; beyond it an action is refused with
    /// <see cref="BusyReason"/> rather than the queue growing. The server's own facts (a tab
    /// opened or closed, an effect's follow-up) are never refused for load: there are at most a
    /// few per open tab.
    /// </summary>
    public int QueueLimit { get; set; } = 10_000;

    /// <summary>Actions one browser tab may take per second, on average.</summary>
    public int ActionsPerSecond { get; set; } = 20;

    /// <summary>Actions one browser tab may take at once after a quiet spell.</summary>
    public int ActionBurst { get; set; } = 40;

    /// <summary>
    /// New guest identities one client address may get per minute: a fresh cookie costs a visitor
    /// nothing, so this is what keeps one machine from posing as a crowd.
    /// </summary>
    public int NewGuestsPerMinute { get; set; } = 60;
}

namespace BlazorSharedState.Store;

/// <summary>
/// How much one server takes before it says no: the store's queue, how fast one browser tab and one
/// client address may act, and how many tabs they may hold. Read from <c>SharedState:Limits</c>.
/// </summary>
public sealed class StoreLimits
{
    /// <summary>The configuration section these limits are read from.</summary>
    public const string SectionName = "SharedState:Limits";

    /// <summary>What a person is told when the store's queue is full.</summary>
    public const string BusyReason = "The server is busy; try again.";

    /// <summary>What a person is told when their tab acts faster than <see cref="ActionsPerSecond"/>.</summary>
    public const string TooFastReason = "That's faster than anyone clicks; wait a moment and try again.";

    /// <summary>What a person is told when all tabs from their address act faster than <see cref="AddressActionsPerSecond"/>.</summary>
    public const string NetworkTooFastReason = "Too many actions from your network just now; wait a moment and try again.";

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

    /// <summary>
    /// Actions all tabs from one client address may take per second, on average: more tabs don't
    /// buy more pace. High enough for an office or a school behind one address.
    /// </summary>
    public int AddressActionsPerSecond { get; set; } = 100;

    /// <summary>Actions all tabs from one client address may take at once after a quiet spell.</summary>
    public int AddressActionBurst { get; set; } = 200;

    /// <summary>Browser tabs (circuits) one user may hold on one server; each holds server memory.</summary>
    public int CircuitsPerUser { get; set; } = 10;

    /// <summary>Browser tabs (circuits) one client address may hold on one server, whoever its users are.</summary>
    public int CircuitsPerAddress { get; set; } = 100;
}

namespace BlazorSharedState.Store;

/// <summary>Who dispatches an action: the user and, for a browser tab, its circuit.</summary>
public readonly record struct ActionOrigin(string UserId, string? CircuitId)
{
    /// <summary>The user id of actions that the server itself dispatches.</summary>
    public const string ServerUserId = "server";

    /// <summary>The origin of actions that no user dispatched.</summary>
    public static ActionOrigin Server { get; } = new(ServerUserId, null);
}

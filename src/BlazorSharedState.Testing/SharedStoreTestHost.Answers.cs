using BlazorSharedState.Store;

namespace BlazorSharedState.Testing;

/// <summary>Dispatching as a user, and what the store answered.</summary>
public sealed partial class SharedStoreTestHost
{
    /// <summary>The user of dispatches that don't name one.</summary>
    public const string SomeUser = "someone";

    /// <summary>
    /// Dispatches <paramref name="action"/> as <paramref name="userId"/> and waits for the store's
    /// answer. It comes from the tab <paramref name="circuitId"/>, or by default from a tab of
    /// that user's that no circuit of this host renders; as <see cref="ActionOrigin.ServerUserId"/>,
    /// from no tab at all, as the server's own actions do.
    /// </summary>
    public Task<DispatchResult> DispatchAsync(object action, string userId = SomeUser, string? circuitId = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        circuitId ??= userId == ActionOrigin.ServerUserId ? null : $"{userId}-elsewhere";
        return Store.DispatchAsync(action, new ActionOrigin(userId, circuitId));
    }

    /// <summary>
    /// Dispatches <paramref name="action"/> as <paramref name="userId"/> and returns the answer;
    /// throws a <see cref="SharedStoreAssertionException"/> naming the reason if it was rejected.
    /// </summary>
    public async Task<DispatchResult> AcceptedAsync(object action, string userId = SomeUser, string? circuitId = null)
    {
        var result = await DispatchAsync(action, userId, circuitId);
        if (!result.IsAccepted)
        {
            throw new SharedStoreAssertionException(
                $"Expected {Describe(action)} from {userId} to be accepted, but it was rejected with \"{result.Reason}\".");
        }

        return result;
    }

    /// <summary>
    /// Dispatches <paramref name="action"/> as <paramref name="userId"/> and returns the answer;
    /// throws a <see cref="SharedStoreAssertionException"/> unless it was rejected with exactly
    /// <paramref name="reason"/>.
    /// </summary>
    public async Task<DispatchResult> RejectedAsync(object action, string userId, string reason, string? circuitId = null)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var result = await DispatchAsync(action, userId, circuitId);
        if (result.Reason != reason)
        {
            var actual = result.IsAccepted ? $"it was accepted as #{result.Sequence}" : $"it was rejected with \"{result.Reason}\"";
            throw new SharedStoreAssertionException(
                $"Expected {Describe(action)} from {userId} to be rejected with \"{reason}\", but {actual}.");
        }

        return result;
    }

    // Actions are records, whose text names the type and every value; a long value is cut short.
    private static string Describe(object action)
    {
        const int MaxLength = 200;
        var text = action.ToString() ?? action.GetType().Name;
        return text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength), "…");
    }
}

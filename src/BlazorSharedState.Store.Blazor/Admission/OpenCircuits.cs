using System.Globalization;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Store.Blazor.Admission;

/// <summary>
/// The circuits this server holds, counted per user and per client address, so one guest (or one
/// machine minting guests) can't hold an unbounded share of the server's memory.
/// </summary>
public sealed class OpenCircuits(IOptions<StoreLimits> limits)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _perUser = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _perAddress = new(StringComparer.Ordinal);

    /// <summary>What a person is told when they have <see cref="StoreLimits.CircuitsPerUser"/> tabs open already.</summary>
    public string TooManyTabsReason => string.Create(CultureInfo.InvariantCulture,
        $"You have {limits.Value.CircuitsPerUser} {(limits.Value.CircuitsPerUser == 1 ? "tab" : "tabs")} of this app open already. Close one, then reload this page.");

    /// <summary>What a person is told when their network has <see cref="StoreLimits.CircuitsPerAddress"/> tabs open.</summary>
    public const string TooManyFromNetworkReason =
        "Too many tabs of this app are open from your network. Close some, then reload this page.";

    /// <summary>Counts a new circuit of <paramref name="userId"/> from <paramref name="address"/>; the reason to refuse it when either is at its limit.</summary>
    public string? TryOpen(string userId, string address)
    {
        lock (_gate)
        {
            if (_perUser.GetValueOrDefault(userId) >= limits.Value.CircuitsPerUser)
            {
                return TooManyTabsReason;
            }

            if (_perAddress.GetValueOrDefault(address) >= limits.Value.CircuitsPerAddress)
            {
                return TooManyFromNetworkReason;
            }

            _perUser[userId] = _perUser.GetValueOrDefault(userId) + 1;
            _perAddress[address] = _perAddress.GetValueOrDefault(address) + 1;
            return null;
        }
    }

    /// <summary>Uncounts a circuit that <see cref="TryOpen"/> let in.</summary>
    public void Close(string userId, string address)
    {
        lock (_gate)
        {
            Decrement(_perUser, userId);
            Decrement(_perAddress, address);
        }
    }

    /// <summary>How many circuits <paramref name="userId"/> holds here.</summary>
    public int OfUser(string userId)
    {
        lock (_gate)
        {
            return _perUser.GetValueOrDefault(userId);
        }
    }

    // A key that reaches zero is removed, so the counts never outgrow the circuits.
    private static void Decrement(Dictionary<string, int> counts, string key)
    {
        if (counts.TryGetValue(key, out var count))
        {
            if (count <= 1)
            {
                counts.Remove(key);
            }
            else
            {
                counts[key] = count - 1;
            }
        }
    }
}

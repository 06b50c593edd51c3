using System.Collections.Immutable;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>
/// Compares who is present in a room as the presence list shows it: the same people named first
/// and the same counts shown. Someone arriving beyond the named few, within the same rounded
/// count, changes nothing any tab shows, so no tab re-renders.
/// </summary>
public sealed class PresenceAsShown(int named) : IEqualityComparer<ImmutableArray<string>>
{
    public bool Equals(ImmutableArray<string> x, ImmutableArray<string> y)
    {
        if (x == y)
        {
            return true;
        }

        if (x.IsDefault || y.IsDefault
            || PresenceCount.Rounded(x.Length) != PresenceCount.Rounded(y.Length)
            || PresenceCount.Rounded(Math.Max(0, x.Length - named)) != PresenceCount.Rounded(Math.Max(0, y.Length - named)))
        {
            return false;
        }

        var shown = Math.Min(named, x.Length);
        if (shown != Math.Min(named, y.Length))
        {
            return false;
        }

        for (var i = 0; i < shown; i++)
        {
            if (!string.Equals(x[i], y[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(ImmutableArray<string> obj) => PresenceCount.Rounded(obj.IsDefault ? 0 : obj.Length);
}

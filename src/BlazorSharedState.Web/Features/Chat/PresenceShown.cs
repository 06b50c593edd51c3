using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>
/// What a room's presence list shows: the first <see cref="MostNamed"/> people present, and how
/// many there are. Built once per presence array and shared by every tab on the room, and small:
/// a tab that keeps its last one while arrivals change nothing it shows holds 24 ids, not a copy
/// of the whole room's presence for every tab.
/// </summary>
public sealed record PresenceShown(ImmutableArray<string> Named, int Count)
{
    /// <summary>The most people shown by name.</summary>
    public const int MostNamed = 24;

    private static readonly ConditionalWeakTable<string[], PresenceShown> Built = new();

    /// <summary>How many are present beyond those named.</summary>
    public int More => Count - Named.Length;

    /// <summary>The view of <paramref name="present"/> (as <see cref="ChatState.PresentIn"/> gives it).</summary>
    public static PresenceShown Of(ImmutableArray<string> present)
    {
        var array = ImmutableCollectionsMarshal.AsArray(present) ?? [];
        return Built.GetValue(array, static all => new PresenceShown([.. all.Take(MostNamed)], all.Length));
    }
}

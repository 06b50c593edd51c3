using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>
/// How many connected tabs each user has on each room: what tells whether one tab's arrival,
/// departure or drop changes who is present, without a walk over every tab. It is derived from
/// the viewers, never stored or logged: each state's tally is remembered beside its viewers and
/// carried to the next state step by step, and a state met for the first time (after a restore,
/// in a replay of the past) counts its viewers once.
/// </summary>
internal sealed class PresenceTally
{
    private static readonly ConditionalWeakTable<ImmutableDictionary<string, ChatViewer>, PresenceTally> ByViewers = new();

    // Room, then user: connected tabs; only counts above zero are kept.
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, int>> _tabs;

    private PresenceTally(ImmutableDictionary<string, ImmutableDictionary<string, int>> tabs) => _tabs = tabs;

    /// <summary>The tally of <paramref name="viewers"/>, counted once per viewers instance.</summary>
    public static PresenceTally Of(ImmutableDictionary<string, ChatViewer> viewers) =>
        ByViewers.GetValue(viewers, static viewers => new PresenceTally(
            viewers.Values.Where(v => v.IsConnected)
                .GroupBy(v => v.Room, StringComparer.Ordinal)
                .ToImmutableDictionary(
                    room => room.Key,
                    room => room.GroupBy(v => v.UserId, StringComparer.Ordinal).ToImmutableDictionary(user => user.Key, user => user.Count(), StringComparer.Ordinal),
                    StringComparer.Ordinal)));

    /// <summary>Whether <paramref name="userId"/> has a connected tab on <paramref name="room"/>.</summary>
    public bool IsPresent(string room, string userId) => _tabs.TryGetValue(room, out var users) && users.ContainsKey(userId);

    /// <summary>
    /// The tally once one tab went from <paramref name="before"/> to <paramref name="after"/> (either
    /// may be null), remembered as <paramref name="viewersAfter"/>'s.
    /// </summary>
    public PresenceTally After(ChatViewer? before, ChatViewer? after, ImmutableDictionary<string, ChatViewer> viewersAfter)
    {
        var tabs = Counted(Counted(_tabs, before, -1), after, +1);
        var next = new PresenceTally(tabs);
        ByViewers.AddOrUpdate(viewersAfter, next);
        return next;
    }

    private static ImmutableDictionary<string, ImmutableDictionary<string, int>> Counted(
        ImmutableDictionary<string, ImmutableDictionary<string, int>> tabs, ChatViewer? viewer, int by)
    {
        if (viewer is not { IsConnected: true })
        {
            return tabs;
        }

        var users = tabs.GetValueOrDefault(viewer.Room) ?? ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);
        var count = users.GetValueOrDefault(viewer.UserId) + by;
        users = count > 0 ? users.SetItem(viewer.UserId, count) : users.Remove(viewer.UserId);
        return users.IsEmpty ? tabs.Remove(viewer.Room) : tabs.SetItem(viewer.Room, users);
    }
}

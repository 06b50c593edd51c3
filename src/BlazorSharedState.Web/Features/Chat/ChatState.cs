using System.Collections.Immutable;
using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>
/// Everything the chat knows: rooms with their messages and typists, which tab views which
/// room, how much of each room each user has seen, and each user's latest post times for the
/// flood limit.
/// </summary>
/// <param name="Rooms">Rooms by name.</param>
/// <param name="Viewers">Open chat pages, by circuit id.</param>
/// <param name="Seen">
/// By user, then room: how many of the room's posts (<see cref="ChatRoom.Posted"/>) the user has
/// seen or written. Unread is the difference, so a post updates only its room's viewers and its
/// author, never every user. A user is listed from their first tab on.
/// </param>
/// <param name="RecentPosts">
/// The times of each user's latest posts, at most <see cref="FloodLimit"/>; a user whose latest
/// post has left the flood window is dropped when any tab closes.
/// </param>
[FeatureState(Name = "Chat")]
public sealed record ChatState(
    ImmutableDictionary<string, ChatRoom> Rooms,
    ImmutableDictionary<string, ChatViewer> Viewers,
    ImmutableDictionary<string, ImmutableDictionary<string, long>> Seen,
    ImmutableDictionary<string, ImmutableList<DateTimeOffset>> RecentPosts)
{
    /// <summary>The rooms that exist from the start.</summary>
    public static readonly ImmutableArray<string> StartingRooms = ["general", "random"];

    /// <summary>The room <c>/chat</c> opens.</summary>
    public const string DefaultRoom = "general";

    /// <summary>How many rooms there can be.</summary>
    public const int MaxRooms = 50;

    /// <summary>How many messages a room keeps; older ones fall off.</summary>
    public const int MaxMessagesPerRoom = 500;

    /// <summary>How many messages one user may post within <see cref="FloodWindow"/>.</summary>
    public const int FloodLimit = 5;

    /// <summary>The sliding window of the flood limit.</summary>
    public static readonly TimeSpan FloodWindow = TimeSpan.FromSeconds(5);

    /// <summary>How long "X is typing…" lasts after the last keystroke.</summary>
    public static readonly TimeSpan TypingTimeout = TimeSpan.FromSeconds(4);

    private ChatState()
        : this(
            StartingRooms.ToImmutableDictionary(name => name, ChatRoom.Empty),
            ImmutableDictionary<string, ChatViewer>.Empty,
            ImmutableDictionary<string, ImmutableDictionary<string, long>>.Empty,
            ImmutableDictionary<string, ImmutableList<DateTimeOffset>>.Empty)
    {
    }

    /// <summary>
    /// Forgets the post times of users whose latest post is older than <see cref="FloodWindow"/>
    /// at <paramref name="now"/>: they can no longer count towards a limit. Without this, every
    /// guest who ever posted would stay in the state for good. Unchanged when nobody is that old.
    /// </summary>
    public ChatState WithoutPostsOlderThanTheFloodWindow(DateTimeOffset now)
    {
        var stale = RecentPosts.Where(user => now - user.Value[^1] >= FloodWindow).Select(user => user.Key).ToList();
        return stale.Count == 0 ? this : this with { RecentPosts = RecentPosts.RemoveRange(stale) };
    }

    /// <summary>
    /// The users with a connected tab on each room, each once, in ordinal order. The presence
    /// reducers keep it whenever a tab comes, goes or drops, so that showing who is here is a
    /// lookup for each tab rather than a walk over every tab, on every change of the chat; and a
    /// room whose people didn't change keeps the same array, which compares in one step.
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<string>> PresentByRoom { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>The users present in <paramref name="room"/> (see <see cref="PresentByRoom"/>).</summary>
    public ImmutableArray<string> PresentIn(string room) => PresentByRoom.GetValueOrDefault(room, ImmutableArray<string>.Empty);

    /// <summary>
    /// <see cref="PresentByRoom"/> brought up to date with <see cref="Viewers"/> for
    /// <paramref name="rooms"/> (every room when null); unchanged rooms keep their arrays.
    /// </summary>
    public ChatState WithPresenceOf(IEnumerable<string>? rooms = null)
    {
        var present = PresentByRoom;
        foreach (var room in (rooms ?? Rooms.Keys.Concat(PresentByRoom.Keys)).Distinct(StringComparer.Ordinal))
        {
            ImmutableArray<string> now = [.. Viewers.Values
                .Where(v => v.IsConnected && v.Room == room)
                .Select(v => v.UserId)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)];
            if (!PresentIn(room).SequenceEqual(now, StringComparer.Ordinal))
            {
                present = now.IsEmpty ? present.Remove(room) : present.SetItem(room, now);
            }
        }

        return ReferenceEquals(present, PresentByRoom) ? this : this with { PresentByRoom = present };
    }

    /// <summary>The room called <paramref name="name"/>, or null.</summary>
    public ChatRoom? RoomOrNull(string name) => Rooms.GetValueOrDefault(name);

    /// <summary>What <paramref name="userId"/> has seen; someone new starts having seen everything so far.</summary>
    public ImmutableDictionary<string, long> SeenBy(string userId) =>
        Seen.TryGetValue(userId, out var seen) ? seen : Rooms.ToImmutableDictionary(r => r.Key, r => r.Value.Posted);

    /// <summary>How many posts in <paramref name="room"/> <paramref name="userId"/> has not seen; 0 for someone never seen.</summary>
    public int UnreadOf(string userId, string room) =>
        Seen.TryGetValue(userId, out var seen) && RoomOrNull(room) is { } found
            ? (int)Math.Max(0, found.Posted - seen.GetValueOrDefault(room))
            : 0;
}

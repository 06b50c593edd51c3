using System.Collections.Immutable;
using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Viewers;

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
/// author, never every user. A user is listed from the first room they open, and let go
/// <see cref="ReaderRetention"/> after their last (see <see cref="LastRead"/>).
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

    /// <summary>How many rooms one user may have at a time, so one guest can never fill <see cref="MaxRooms"/>.</summary>
    public const int MaxRoomsPerUser = 3;

    /// <summary>How long a created room with no messages and nobody in it lasts.</summary>
    public static readonly TimeSpan EmptyRoomLifetime = TimeSpan.FromMinutes(10);

    /// <summary>How long a created room nobody posts in and nobody opens lasts.</summary>
    public static readonly TimeSpan IdleRoomLifetime = TimeSpan.FromDays(7);

    /// <summary>How many messages a room keeps; older ones fall off.</summary>
    public const int MaxMessagesPerRoom = 500;

    /// <summary>How many messages one user may post within <see cref="FloodWindow"/>.</summary>
    public const int FloodLimit = 5;

    /// <summary>The sliding window of the flood limit.</summary>
    public static readonly TimeSpan FloodWindow = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a user's unread marks are kept after they last opened the chat: someone away longer
    /// comes back having read everything, and a drive-by visitor leaves nothing behind for good.
    /// </summary>
    public static readonly TimeSpan ReaderRetention = TimeSpan.FromDays(30);

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

    /// <summary>When each user in <see cref="Seen"/> last opened a room; what <see cref="ReaderRetention"/> counts from.</summary>
    public ImmutableDictionary<string, DateTimeOffset> LastRead { get; init; } = ImmutableDictionary<string, DateTimeOffset>.Empty;

    /// <summary>Whether a <c>TidyUp</c> at <paramref name="now"/> would change anything.</summary>
    public bool IsTidyDue(DateTimeOffset now) =>
        SpareRooms(now).Any()
        || RecentPosts.Values.Any(times => now - times[^1] >= FloodWindow)
        || FormerReaders(now).Any()
        || LastRead.Count != Seen.Count;

    /// <summary>
    /// The state without what has had its time at <paramref name="now"/>. Readers listed before
    /// <see cref="LastRead"/> was kept are counted from this tidy-up rather than dropped at once.
    /// </summary>
    public ChatState TidiedUp(DateTimeOffset now)
    {
        var tidied = WithoutRooms([.. SpareRooms(now)]).WithoutPostsOlderThanTheFloodWindow(now);
        var former = tidied.FormerReaders(now).ToList();
        var undated = tidied.Seen.Keys.Where(user => !tidied.LastRead.ContainsKey(user)).ToList();
        return former.Count == 0 && undated.Count == 0 ? tidied : tidied with
        {
            Seen = tidied.Seen.RemoveRange(former),
            LastRead = tidied.LastRead.RemoveRange(former).SetItems(undated.Select(user => KeyValuePair.Create(user, now))),
        };
    }

    /// <summary>Users whose unread marks have had their time: no tab of theirs on the chat, and none opened for <see cref="ReaderRetention"/>.</summary>
    private IEnumerable<string> FormerReaders(DateTimeOffset now)
    {
        // One pass over the tabs, not one per reader: thousands of drive-bys may be due at once.
        var past = LastRead.Where(reader => now - reader.Value >= ReaderRetention).Select(reader => reader.Key).ToList();
        if (past.Count == 0)
        {
            return past;
        }

        var viewing = Viewers.Values.Select(viewer => viewer.UserId).ToHashSet(StringComparer.Ordinal);
        return past.Where(user => !viewing.Contains(user));
    }

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
            ImmutableArray<string> now = [.. TabViewers.PresentIn(Viewers.Values, room)];
            if (!PresentIn(room).SequenceEqual(now, StringComparer.Ordinal))
            {
                present = now.IsEmpty ? present.Remove(room) : present.SetItem(room, now);
            }
        }

        return ReferenceEquals(present, PresentByRoom) ? this : this with { PresentByRoom = present };
    }

    /// <summary>
    /// <see cref="PresentByRoom"/> after one tab went from <paramref name="before"/> to
    /// <paramref name="after"/> (see <see cref="ViewerChange{TViewer}"/>), <paramref name="viewersBefore"/>
    /// being the viewers before it: only that tab's user, in the rooms it left or showed, can come
    /// or go, and whether they do is a look at <see cref="PresenceTally"/>, not a walk over every tab.
    /// </summary>
    public ChatState WithPresenceAfter(ImmutableDictionary<string, ChatViewer> viewersBefore, ChatViewer? before, ChatViewer? after)
    {
        var tallyBefore = PresenceTally.Of(viewersBefore);
        var tallyAfter = tallyBefore.After(before, after, Viewers);
        var present = PresentByRoom;
        foreach (var (room, user) in new[] { before, after }.OfType<ChatViewer>().Select(viewer => (viewer.Room, viewer.UserId)).Distinct())
        {
            var isPresent = tallyAfter.IsPresent(room, user);
            if (isPresent == tallyBefore.IsPresent(room, user))
            {
                continue;
            }

            // The room's users stay in ordinal order; a user already (or no longer) listed is left as is.
            var users = present.GetValueOrDefault(room, ImmutableArray<string>.Empty);
            var at = ImmutableArray.BinarySearch(users, user, StringComparer.Ordinal);
            users = isPresent switch
            {
                true when at < 0 => users.Insert(~at, user),
                false when at >= 0 => users.RemoveAt(at),
                _ => users,
            };
            present = users.IsEmpty ? present.Remove(room) : present.SetItem(room, users);
        }

        return ReferenceEquals(present, PresentByRoom) ? this : this with { PresentByRoom = present };
    }

    /// <summary>
    /// Whether <paramref name="room"/> has had its time: a created room (never a starting one) that
    /// no tab shows, empty for <see cref="EmptyRoomLifetime"/> or quiet for <see cref="IdleRoomLifetime"/>.
    /// A spare room counts towards no limit and goes at the next tidy-up or room creation.
    /// </summary>
    public bool IsSpare(ChatRoom room, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(room);
        if (room.CreatedBy is null || room.LastActive is not { } lastActive || IsViewed(room.Name))
        {
            return false;
        }

        var quiet = now - lastActive;
        return quiet >= IdleRoomLifetime || (room.HasNoMessages && quiet >= EmptyRoomLifetime);
    }

    /// <summary>The names of the rooms that are <see cref="IsSpare"/> at <paramref name="now"/>.</summary>
    public IEnumerable<string> SpareRooms(DateTimeOffset now) =>
        Rooms.Values.Where(room => IsSpare(room, now)).Select(room => room.Name);

    /// <summary>The rooms <paramref name="userId"/> created that aren't spare at <paramref name="now"/>.</summary>
    public int RoomsOf(string userId, DateTimeOffset now) =>
        Rooms.Values.Count(room => room.CreatedBy == userId && !IsSpare(room, now));

    /// <summary>Whether any tab, connected or dropped, shows <paramref name="room"/>.</summary>
    public bool IsViewed(string room) => Viewers.Values.Any(viewer => viewer.Room == room);

    /// <summary>
    /// The state without <paramref name="rooms"/>: their unread marks go from every reader, and the
    /// tabs that showed them show no room.
    /// </summary>
    public ChatState WithoutRooms(IReadOnlyCollection<string> rooms)
    {
        if (rooms.Count == 0)
        {
            return this;
        }

        var gone = rooms.ToHashSet(StringComparer.Ordinal);
        var seen = Seen;
        foreach (var (user, byRoom) in Seen)
        {
            if (byRoom.Keys.Any(gone.Contains))
            {
                seen = seen.SetItem(user, byRoom.RemoveRange(gone));
            }
        }

        return (this with
        {
            Rooms = Rooms.RemoveRange(gone),
            Seen = seen,
            Viewers = Viewers.RemoveRange(Viewers.Where(v => gone.Contains(v.Value.Room)).Select(v => v.Key)),
        }).WithPresenceOf(gone);
    }

    /// <summary>The room called <paramref name="name"/>, or null.</summary>
    public ChatRoom? RoomOrNull(string name) => Rooms.GetValueOrDefault(name);

    /// <summary>What <paramref name="userId"/> has seen; someone new starts having seen everything so far.</summary>
    public ImmutableDictionary<string, long> SeenBy(string userId) =>
        Seen.TryGetValue(userId, out var seen) ? seen : Rooms.ToImmutableDictionary(r => r.Key, r => r.Value.Posted);

    /// <summary>How many posts in <paramref name="room"/> <paramref name="userId"/> has not seen; 0 for someone never seen.</summary>
    public int UnreadOf(string userId, string room) =>
        RoomOrNull(room)?.UnreadBy(Seen.GetValueOrDefault(userId)) ?? 0;
}

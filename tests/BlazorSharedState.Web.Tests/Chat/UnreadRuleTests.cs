using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Web.Tests.Chat;

public sealed class UnreadRuleTests
{
    private readonly ChatTimeline _chat = new();

    public UnreadRuleTests()
    {
        _chat.Enter("alice", "general", "a1");
        _chat.Enter("bob", "general", "b1");
    }

    [Fact]
    public void WhenSomeoneElsePostsInARoomINotView_ThenMyCountRisesButNotTheAuthors()
    {
        _chat.Send("alice", "random", "one");
        _chat.Send("alice", "random", "two");

        Assert.Equal(2, Unread("bob", "random"));
        Assert.Equal(0, Unread("alice", "random"));
        Assert.Equal(0, Unread("bob", "general"));
    }

    [Fact]
    public void WhenIViewTheRoom_ThenNewMessagesThereAreNotUnread()
    {
        _chat.Enter("bob", "random", "b1");

        _chat.Send("alice", "random", "seen");

        Assert.Equal(0, Unread("bob", "random"));
    }

    [Fact]
    public void WhenIEnterTheRoom_ThenItsCountClearsForAllMyTabs()
    {
        _chat.Send("alice", "random", "one");

        _chat.Enter("bob", "random", "b2");

        Assert.Equal(0, Unread("bob", "random"));
    }

    [Fact]
    public void WhenMyOnlyTabOnTheRoomIsDisconnected_ThenMessagesCountAsUnread()
    {
        _chat.Enter("bob", "random", "b1");
        _chat.Disconnected("bob", "b1");

        _chat.Send("alice", "random", "missed");

        Assert.Equal(1, Unread("bob", "random"));
    }

    [Fact]
    public void WhenAUserOpensTheirFirstRoom_ThenTheyStartWithNothingUnread()
    {
        _chat.Send("alice", "random", "before carol");

        _chat.Enter("carol", "general", "c1");
        _chat.Send("alice", "random", "after carol");

        Assert.Equal(1, Unread("carol", "random"));
    }

    [Fact]
    public void WhenAUserHasNeverOpenedTheChat_ThenNothingIsUnreadAndTheChatKeepsNothingOfThem()
    {
        _chat.Send("alice", "random", "one");

        Assert.Equal(0, Unread("dave", "random"));
        Assert.False(_chat.State.Seen.ContainsKey("dave"));
    }

    [Fact]
    public void WhenILeaveARoomIWasReading_ThenOnlyLaterMessagesAreUnread()
    {
        _chat.Enter("bob", "random", "b1");
        _chat.Send("alice", "random", "read one");
        _chat.Send("alice", "random", "read two");

        _chat.Leave("bob", "random", "b1");
        _chat.Send("alice", "random", "unread");

        Assert.Equal(1, Unread("bob", "random"));
    }

    [Fact]
    public void WhenARoomIsCreatedAfterIArrived_ThenAllItsMessagesFromOthersAreUnread()
    {
        _chat.CreateRoom("later");
        _chat.Send("alice", "later", "one");
        _chat.Send("alice", "later", "two");

        Assert.Equal(2, Unread("bob", "later"));
    }

    [Fact]
    public void WhenIPostInARoomWithUnreadMessages_ThenMyPostAddsNothingAndTheirsStayUnread()
    {
        _chat.Send("alice", "random", "for bob");

        _chat.Send("bob", "random", "from bob, elsewhere");

        Assert.Equal(1, Unread("bob", "random"));
        Assert.Equal(1, Unread("alice", "random"));
    }

    private int Unread(string user, string room) =>
        ChatSelectors.RoomBadges(_chat.State, user).Single(b => b.Room == room).Unread;
}

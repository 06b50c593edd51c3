using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Web.Tests.Chat;

public sealed class RoomRuleTests
{
    private readonly ChatTimeline _chat = new();

    [Fact]
    public void WhenTheChatStarts_ThenGeneralAndRandomExist() =>
        Assert.Equal(["general", "random"], _chat.State.Rooms.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void WhenARoomIsCreated_ThenItExistsUnderItsTrimmedLowerCaseName()
    {
        Assert.True(_chat.CreateRoom("  Fun-2026 ").IsAllowed);

        Assert.Empty(_chat.State.Rooms["fun-2026"].Messages);
    }

    [Fact]
    public void WhenARoomNameHas32Characters_ThenItIsAllowed() =>
        Assert.True(_chat.CreateRoom(new string('a', 32)).IsAllowed);

    [Theory]
    [InlineData("", "A room needs a name.")]
    [InlineData("   ", "A room needs a name.")]
    [InlineData("abcdefghijabcdefghijabcdefghijabc", "A room name can be at most 32 characters.")]
    [InlineData("fun room", "A room name can only use letters a–z, digits and '-'.")]
    [InlineData("café", "A room name can only use letters a–z, digits and '-'.")]
    [InlineData("a_b", "A room name can only use letters a–z, digits and '-'.")]
    [InlineData("<b>", "A room name can only use letters a–z, digits and '-'.")]
    public void WhenARoomNameBreaksTheRules_ThenItIsRejectedWithTheReason(string name, string reason)
    {
        var before = _chat.State;

        Assert.Equal(reason, _chat.CreateRoom(name).Reason);
        Assert.Same(before, _chat.State);
    }

    [Fact]
    public void WhenARoomNameIsTaken_ThenItIsRejected() =>
        Assert.Equal("A room called 'general' already exists.", _chat.CreateRoom(" General").Reason);

    [Fact]
    public void WhenThereAre50Rooms_ThenAnotherIsRejected()
    {
        for (var i = _chat.State.Rooms.Count; i < ChatState.MaxRooms; i++)
        {
            Assert.True(_chat.CreateRoom($"room-{i}", user: $"host-{i}").IsAllowed);
        }

        Assert.Equal("There can be at most 50 rooms.", _chat.CreateRoom("one-more").Reason);
        Assert.Equal(50, _chat.State.Rooms.Count);
    }

    [Fact]
    public void WhenOneGuestMakesRoomsPastTheirShare_ThenTheyAreToldWhyAndSomeoneElseStillCan()
    {
        for (var i = 0; i < ChatState.MaxRoomsPerUser; i++)
        {
            Assert.True(_chat.CreateRoom($"mine-{i}", user: "greedy").IsAllowed);
        }

        Assert.Equal(ChatGuards.TooManyOfYourRooms, _chat.CreateRoom("one-more", user: "greedy").Reason);
        Assert.True(_chat.CreateRoom("theirs", user: "bob").IsAllowed);
    }

    [Fact]
    public void WhenTheCreatorDeletesTheirEmptyRoom_ThenItIsGoneWithItsUnreadMarksAndTheyMayMakeAnother()
    {
        _chat.CreateRoom("scratch", user: "alice");
        _chat.Enter("bob", "general", "b1");
        _chat.Enter("alice", "scratch", "a1");

        Assert.True(_chat.DeleteRoom("scratch", user: "alice").IsAllowed);

        Assert.DoesNotContain("scratch", _chat.State.Rooms.Keys);
        Assert.All(_chat.State.Seen.Values, seen => Assert.DoesNotContain("scratch", seen.Keys));
        Assert.DoesNotContain(_chat.State.Viewers.Values, v => v.Room == "scratch");
        Assert.Empty(_chat.State.PresentIn("scratch"));
    }

    [Theory]
    [InlineData("general", "alice", ChatGuards.StartingRoomStays)]
    [InlineData("scratch", "bob", ChatGuards.NotYourRoom)]
    [InlineData("nowhere", "alice", "There is no room called 'nowhere'.")]
    public void WhenSomeoneMayNotDeleteARoom_ThenTheyAreToldWhyAndNothingChanges(string room, string user, string reason)
    {
        _chat.CreateRoom("scratch", user: "alice");
        var before = _chat.State;

        Assert.Equal(reason, _chat.DeleteRoom(room, user).Reason);
        Assert.Same(before, _chat.State);
    }

    [Fact]
    public void WhenARoomHasMessagesOrOthersInIt_ThenItsCreatorCannotDeleteIt()
    {
        _chat.CreateRoom("busy", user: "alice");
        _chat.Enter("bob", "busy", "b1");
        Assert.Equal(ChatGuards.RoomHasOthers, _chat.DeleteRoom("busy").Reason);

        _chat.Leave("bob", "busy", "b1");
        _chat.Send("alice", "busy", "hello");
        Assert.Equal(ChatGuards.RoomHasMessages, _chat.DeleteRoom("busy").Reason);
    }

    [Fact]
    public void WhenAnEmptyRoomSitsUnopened_ThenATidyUpRemovesItAfterItsLifetimeButNotBefore()
    {
        _chat.CreateRoom("empty", user: "alice");
        _chat.CreateRoom("chatty", user: "alice");
        _chat.Send("alice", "chatty", "something");

        _chat.Now += ChatState.EmptyRoomLifetime - TimeSpan.FromSeconds(1);
        _chat.TidyUp();
        Assert.Contains("empty", _chat.State.Rooms.Keys);

        _chat.Now += TimeSpan.FromSeconds(1);
        _chat.TidyUp();
        Assert.DoesNotContain("empty", _chat.State.Rooms.Keys);
        Assert.Contains("chatty", _chat.State.Rooms.Keys);

        _chat.Now += ChatState.IdleRoomLifetime;
        _chat.TidyUp();
        Assert.Equal(["general", "random"], _chat.State.Rooms.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WhenSomeoneHasARoomOpen_ThenItOutlivesItsLifetime()
    {
        _chat.CreateRoom("kept", user: "alice");
        _chat.Enter("alice", "kept", "a1");

        _chat.Now += ChatState.IdleRoomLifetime;
        _chat.TidyUp();

        Assert.Contains("kept", _chat.State.Rooms.Keys);
    }
}

using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Web.Tests.Chat;

public sealed class PresenceRuleTests
{
    private readonly ChatTimeline _chat = new();

    [Fact]
    public void WhenAUserHasTwoTabsOnARoom_ThenTheyArePresentOnce()
    {
        _chat.Enter("alice", "general", "a1");
        _chat.Enter("alice", "general", "a2");
        _chat.Enter("bob", "general", "b1");

        Assert.Equal(["alice", "bob"], Present("general"));
        Assert.Empty(Present("random"));
    }

    [Fact]
    public void WhenOneOfTwoTabsCloses_ThenTheUserStaysUntilTheLastCloses()
    {
        _chat.Enter("alice", "general", "a1");
        _chat.Enter("alice", "general", "a2");

        _chat.Closed("alice", "a1");
        Assert.Equal(["alice"], Present("general"));

        _chat.Closed("alice", "a2");
        Assert.Empty(Present("general"));
        Assert.Empty(_chat.State.Viewers);
    }

    [Fact]
    public void WhenATabDropsItsConnection_ThenItLeavesUntilItReconnects()
    {
        _chat.Enter("alice", "general", "a1");

        _chat.Disconnected("alice", "a1");
        Assert.Empty(Present("general"));

        _chat.Reconnected("alice", "a1");
        Assert.Equal(["alice"], Present("general"));
    }

    [Fact]
    public void WhenATabMovesToAnotherRoom_ThenItIsPresentOnlyThere()
    {
        _chat.Enter("alice", "general", "a1");
        _chat.Enter("alice", "random", "a1");

        // A late goodbye from the room it already left changes nothing.
        _chat.Leave("alice", "general", "a1");

        Assert.Empty(Present("general"));
        Assert.Equal(["alice"], Present("random"));
    }

    [Fact]
    public void WhenATabLeavesTheChat_ThenItIsNoLongerPresent()
    {
        _chat.Enter("alice", "general", "a1");

        _chat.Leave("alice", "general", "a1");

        Assert.Empty(Present("general"));
    }

    [Fact]
    public void WhenEnteringAMissingRoom_ThenItIsRejected() =>
        Assert.Equal("There is no room called 'nowhere'.", _chat.Enter("alice", "nowhere").Reason);

    [Fact]
    public void WhenCircuitEventsComeFromTabsNotInTheChat_ThenNothingChanges()
    {
        var before = _chat.State;

        _chat.Disconnected("alice", "a1");
        _chat.Reconnected("alice", "a1");
        _chat.Closed("alice", "a1");
        _chat.Leave("alice", "general", "a1");

        Assert.Same(before, _chat.State);
    }

    [Fact]
    public void WhenAServerIsGone_ThenOnlyTheTabsItHeldLeaveAndTypingEnds()
    {
        _chat.Server = "one";
        _chat.Enter("alice", "general", "a1");
        _chat.Type("alice", "general");
        _chat.Server = "two";
        _chat.Enter("bob", "general", "b1");
        _chat.Enter("alice", "random", "a2");

        _chat.ServerGone("two");

        Assert.Equal(["alice"], Present("general"));
        Assert.Empty(Present("random"));
        Assert.Empty(_chat.State.Rooms["general"].Typing);
    }

    [Fact]
    public void WhenAServerStartsOnASharedLog_ThenOnlyItsEarlierTabsLeave()
    {
        _chat.Server = "one";
        _chat.Enter("alice", "general", "a1");
        _chat.Server = "two";
        _chat.Enter("bob", "general", "b1");

        _chat.Server = "one";
        _chat.ServerStarted(sharedLog: true);

        Assert.Equal(["bob"], Present("general"));
    }

    [Fact]
    public void WhenTheOnlyServerStarts_ThenEveryEarlierTabLeaves_WhicheverServerNameItHad()
    {
        _chat.Enter("carol", "general", "c1");
        _chat.Server = "old-name";
        _chat.Enter("alice", "general", "a1");
        _chat.Server = "new-name";

        _chat.ServerStarted(sharedLog: false);

        Assert.Empty(Present("general"));
        Assert.Empty(_chat.State.Viewers);
    }

    private string[] Present(string room) => [.. ChatSelectors.Present(_chat.State, room)];
}

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
        _chat.Opened("alice", "a1");
        var before = _chat.State;

        _chat.Disconnected("alice", "a1");
        _chat.Reconnected("alice", "a1");
        _chat.Closed("alice", "a1");
        _chat.Leave("alice", "general", "a1");

        Assert.Same(before, _chat.State);
    }

    private string[] Present(string room) => [.. ChatSelectors.Present(_chat.State, room)];
}

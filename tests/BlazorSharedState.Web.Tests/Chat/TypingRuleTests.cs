using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Web.Tests.Chat;

public sealed class TypingRuleTests
{
    private readonly ChatTimeline _chat = new();

    [Fact]
    public void WhenSomeoneTypes_ThenOthersSeeItButNotThemselves()
    {
        _chat.Type("alice", "general");

        Assert.Equal(["alice"], TypingSeenBy("general", "bob"));
        Assert.Empty(TypingSeenBy("general", "alice"));
        Assert.Empty(TypingSeenBy("random", "bob"));
    }

    [Fact]
    public void WhenTheExpiryComesBeforeTheTimeout_ThenTypingStays()
    {
        _chat.At(0).Type("alice", "general");
        var before = _chat.State;

        _chat.At(3.999).Expire("alice", "general");

        Assert.Same(before, _chat.State);
    }

    [Fact]
    public void WhenTheExpiryComesAtTheTimeout_ThenTypingEnds()
    {
        _chat.At(0).Type("alice", "general");

        _chat.At(4).Expire("alice", "general");

        Assert.Empty(_chat.State.Rooms["general"].Typing);
    }

    [Fact]
    public void WhenSomeoneKeepsTyping_ThenTheEarlierExpiryDoesNotEndIt()
    {
        _chat.At(0).Type("alice", "general");
        _chat.At(2).Type("alice", "general");

        _chat.At(4).Expire("alice", "general");
        Assert.Equal(["alice"], TypingSeenBy("general", "bob"));

        _chat.At(6).Expire("alice", "general");
        Assert.Empty(TypingSeenBy("general", "bob"));
    }

    [Fact]
    public void WhenSomeoneSends_ThenTheirTypingEndsAtOnceButOthersStay()
    {
        _chat.Type("alice", "general");
        _chat.Type("carol", "general");

        _chat.Send("alice", "general", "done");

        Assert.Equal(["carol"], TypingSeenBy("general", "bob"));
    }

    [Fact]
    public void WhenTypingInAMissingRoom_ThenNothingChanges()
    {
        var before = _chat.State;

        _chat.Type("alice", "nowhere");
        _chat.Expire("alice", "nowhere");

        Assert.Same(before, _chat.State);
    }

    private string[] TypingSeenBy(string room, string viewer) => [.. ChatSelectors.TypingOthers(_chat.State, room, viewer)];
}

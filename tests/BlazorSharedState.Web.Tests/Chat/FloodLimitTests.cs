namespace BlazorSharedState.Web.Tests.Chat;

public sealed class FloodLimitTests
{
    private const string Reason = "Slow down: at most 5 messages in 5 seconds.";

    private readonly ChatTimeline _chat = new();

    [Fact]
    public void WhenFiveMessagesArriveWithinFiveSeconds_ThenAllArePosted()
    {
        foreach (var second in new[] { 0, 1, 2, 3, 4.999 })
        {
            Assert.True(_chat.At(second).Send("alice", "general", $"at {second}").IsAllowed);
        }

        Assert.Equal(5, _chat.State.Rooms["general"].Messages.Count);
    }

    [Fact]
    public void WhenASixthArrivesWithinTheWindow_ThenItIsRejectedWithAReasonAndNothingIsPosted()
    {
        SendFiveAtOnce();

        Assert.Equal(Reason, _chat.At(4.999).Send("alice", "general", "sixth").Reason);
        Assert.Equal(5, _chat.State.Rooms["general"].Messages.Count);
    }

    [Fact]
    public void WhenTheWindowHasPassed_ThenTheNextIsPostedAndTheWindowSlides()
    {
        SendFiveAtOnce();
        Assert.False(_chat.At(4.999).Send("alice", "general", "too soon").IsAllowed);

        // The messages at 0 s are outside the window (0 s, 5 s], so five more fit at 5 s, not six.
        for (var i = 0; i < 5; i++)
        {
            Assert.True(_chat.At(5).Send("alice", "general", $"at five {i}").IsAllowed);
        }

        Assert.Equal(Reason, _chat.At(9.999).Send("alice", "general", "too soon again").Reason);
        Assert.True(_chat.At(10).Send("alice", "general", "later").IsAllowed);
    }

    [Fact]
    public void WhenOneUserFloods_ThenOthersCanStillPost()
    {
        SendFiveAtOnce();

        Assert.False(_chat.Send("alice", "general", "sixth").IsAllowed);
        Assert.True(_chat.Send("bob", "general", "hi").IsAllowed);
    }

    [Fact]
    public void WhenAUserPostsInDifferentRooms_ThenTheLimitCountsAllOfThem()
    {
        SendFiveAtOnce();

        Assert.Equal(Reason, _chat.Send("alice", "random", "elsewhere").Reason);
    }

    [Fact]
    public void WhenATabClosesAfterSomeonesWindowHasPassed_ThenTheyAreForgottenAndOthersStayLimited()
    {
        SendFiveAtOnce();
        for (var i = 0; i < 5; i++)
        {
            Assert.True(_chat.At(3).Send("bob", "general", $"bob {i}").IsAllowed);
        }

        _chat.At(5).Closed("carol");

        Assert.Equal(["bob"], _chat.State.RecentPosts.Keys);
        Assert.Equal(Reason, _chat.At(5).Send("bob", "general", "still too soon").Reason);
        Assert.True(_chat.At(5).Send("alice", "general", "welcome back").IsAllowed);
    }

    [Fact]
    public void WhenATabClosesWithinEveryonesWindow_ThenTheChatStateStaysTheSame()
    {
        SendFiveAtOnce();
        var before = _chat.State;

        _chat.At(4.999).Closed("carol");

        Assert.Same(before, _chat.State);
    }

    private void SendFiveAtOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.True(_chat.At(0).Send("alice", "general", $"message {i}").IsAllowed);
        }
    }
}

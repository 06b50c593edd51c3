using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Web.Tests.Chat;

public sealed class LatestMessagesTests
{
    private readonly ChatTimeline _chat = new();

    [Fact]
    public void WhenRoomsHaveMessages_ThenTheLatestAreTheNewestAcrossRoomsNewestFirst()
    {
        _chat.At(0).Send("alice", "general", "g1");
        _chat.At(1).Send("bob", "random", "r1");
        _chat.At(2).Send("alice", "general", "g2");
        _chat.At(3).Send("alice", "general", "g3");

        var latest = ChatSelectors.Latest(_chat.State, 3);

        Assert.Equal(["g3", "g2", "r1"], latest.Select(m => m.Text));
    }

    [Fact]
    public void WhenThereAreFewerMessagesThanAsked_ThenAllAreShown()
    {
        _chat.Send("alice", "random", "only");

        Assert.Equal(["only"], ChatSelectors.Latest(_chat.State, 5).Select(m => m.Text));
    }
}

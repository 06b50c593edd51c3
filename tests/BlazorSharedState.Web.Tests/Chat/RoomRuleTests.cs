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
            Assert.True(_chat.CreateRoom($"room-{i}").IsAllowed);
        }

        Assert.Equal("There can be at most 50 rooms.", _chat.CreateRoom("one-more").Reason);
        Assert.Equal(50, _chat.State.Rooms.Count);
    }
}

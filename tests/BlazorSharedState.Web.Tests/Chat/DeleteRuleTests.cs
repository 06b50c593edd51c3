namespace BlazorSharedState.Web.Tests.Chat;

public sealed class DeleteRuleTests
{
    private readonly ChatTimeline _chat = new();

    [Fact]
    public void WhenIDeleteMyMessage_ThenItIsMarkedDeletedAndItsTextIsGone()
    {
        _chat.Send("alice", "general", "oops");
        var sequence = _chat.Last("general").Sequence;

        Assert.True(_chat.Delete("alice", "general", sequence).IsAllowed);

        var message = _chat.Last("general");
        Assert.True(message.IsDeleted);
        Assert.Empty(message.Text);
        Assert.Equal(sequence, message.Sequence);
    }

    [Fact]
    public void WhenIDeleteSomeoneElsesMessage_ThenItIsRejectedAndTheMessageStays()
    {
        _chat.Send("alice", "general", "mine");

        Assert.Equal("You can only delete your own messages.", _chat.Delete("mallory", "general", _chat.Last("general").Sequence).Reason);
        Assert.Equal("mine", _chat.Last("general").Text);
    }

    [Fact]
    public void WhenTheMessageOrRoomIsMissing_ThenTheDeleteIsRejected()
    {
        _chat.Send("alice", "general", "here");

        Assert.Equal("That message is no longer here.", _chat.Delete("alice", "general", 999).Reason);
        Assert.Equal("That message is no longer here.", _chat.Delete("alice", "random", 1).Reason);
        Assert.Equal("There is no room called 'gone'.", _chat.Delete("alice", "gone", 1).Reason);
    }

    [Fact]
    public void WhenADeletedMessageIsDeletedAgain_ThenNothingChanges()
    {
        _chat.Send("alice", "general", "once");
        var sequence = _chat.Last("general").Sequence;
        _chat.Delete("alice", "general", sequence);
        var before = _chat.State;

        _chat.Delete("alice", "general", sequence);

        Assert.Same(before, _chat.State);
    }
}

using System.Text.Json;
using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Web.Tests.Chat;

/// <summary>The chat's state and actions survive System.Text.Json, so an action log can be stored and replayed.</summary>
public sealed class ChatSerializationTests
{
    [Fact]
    public void WhenAChatStateIsSerializedAndRead_ThenItSerializesToTheSameJsonAgain()
    {
        var chat = new ChatTimeline();
        chat.Enter("bob", "general", "b1");
        chat.CreateRoom("book-club");
        chat.Enter("alice", "book-club", "a1");
        chat.Send("alice", "book-club", "<b>hello</b>\nworld");
        chat.Send("alice", "random", "unread for bob");
        chat.Type("bob", "book-club");
        chat.Delete("alice", "book-club", chat.Last("book-club").Sequence);

        var json = JsonSerializer.Serialize(chat.State);
        var read = JsonSerializer.Deserialize<ChatState>(json)!;

        Assert.Equal(json, JsonSerializer.Serialize(read));
        Assert.Equal(1, ChatSelectors.RoomBadges(read, "bob").Single(b => b.Room == "random").Unread);
        Assert.Equal(["alice"], ChatSelectors.Present(read, "book-club").ToArray());
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void WhenAnActionIsSerializedAndRead_ThenItIsEqual(object action)
    {
        var json = JsonSerializer.Serialize(action, action.GetType());

        Assert.Equal(action, JsonSerializer.Deserialize(json, action.GetType()));
    }

    public static TheoryData<object> Actions() =>
    [
        new CreateRoom("book-club"), new SendMessage("general", "hi"), new DeleteMessage("general", 7),
        new StartTyping("general"), new ExpireTyping("general"), new EnterRoom("general"), new LeaveRoom("general"),
    ];
}

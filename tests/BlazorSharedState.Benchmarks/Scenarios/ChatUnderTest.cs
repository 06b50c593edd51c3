using BlazorSharedState.Benchmarks.Baseline;
using BlazorSharedState.Store;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>One of the two chats the browser scenarios compare, as the server that hosts both sees it.</summary>
/// <param name="SendAsync">Posts one message: room, author, text.</param>
internal sealed record ChatUnderTest(
    string Name,
    Func<string, string> PathOf,
    Func<string, Task> CreateRoomAsync,
    Func<string, string, string, Task> SendAsync)
{
    /// <summary>The app's chat: rooms and messages in the shared store.</summary>
    public static ChatUnderTest Ours(SharedStore store) => new(
        "ours", room => $"chat/{room}", room => ChatRoomSetup.CreateAsync(store, room),
        (room, author, text) => ChatRoomSetup.SendAsync(store, room, author, text));

    /// <summary>The baseline chat page: a singleton with a C# event (see <see cref="EventChatPage"/>).</summary>
    public static ChatUnderTest Baseline(EventChatService chat) => new(
        "baseline", room => $"baseline/chat/{room}", _ => Task.CompletedTask,
        (room, author, text) =>
        {
            chat.Send(room, author, text);
            return Task.CompletedTask;
        });

    /// <summary>
    /// Posts <paramref name="count"/> messages named "<paramref name="prefix"/> N", each from its own
    /// user so no flood limit applies; returns the last one's text.
    /// </summary>
    public async Task<string> PostAsync(string room, int count, string prefix)
    {
        var last = string.Empty;
        for (var i = 0; i < count; i++)
        {
            last = $"{prefix} {i}";
            await SendAsync(room, $"{prefix}-{Guid.NewGuid():N}", last);
        }

        return last;
    }
}

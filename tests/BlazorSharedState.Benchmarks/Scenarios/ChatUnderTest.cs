using BlazorSharedState.Benchmarks.Baseline;
using BlazorSharedState.Store;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>One of the two chats the browser scenarios compare, as the server that hosts both sees it.</summary>
internal sealed record ChatUnderTest(
    string Name,
    Func<string, string> PathOf,
    Func<string, Task> CreateRoomAsync,
    Func<string, int, string, Task<string>> PostAsync)
{
    /// <summary>The app's chat: rooms and messages in the shared store.</summary>
    public static ChatUnderTest Ours(SharedStore store) => new(
        "ours", room => $"chat/{room}", room => ChatRoomSetup.CreateAsync(store, room),
        (room, count, prefix) => ChatRoomSetup.PostAsync(store, room, count, prefix));

    /// <summary>The baseline chat page: a singleton with a C# event (see <see cref="EventChatPage"/>).</summary>
    public static ChatUnderTest Baseline(EventChatService chat) => new(
        "baseline", room => $"baseline/chat/{room}", _ => Task.CompletedTask,
        (room, count, prefix) =>
        {
            var last = string.Empty;
            for (var i = 0; i < count; i++)
            {
                last = $"{prefix} {i}";
                chat.Send(room, prefix, last);
            }

            return Task.FromResult(last);
        });
}

using System.Collections.Concurrent;

namespace BlazorSharedState.Benchmarks.Baseline;

/// <summary>The baseline chat: a singleton list per room and one C# event for any change.</summary>
internal sealed class EventChatService
{
    private readonly ConcurrentDictionary<string, List<EventChatMessage>> _rooms = new();

    public event Action? Changed;

    public IReadOnlyList<EventChatMessage> MessagesOf(string room)
    {
        var messages = _rooms.GetOrAdd(room, _ => []);
        lock (messages)
        {
            return [.. messages];
        }
    }

    public void Send(string room, string author, string text)
    {
        var messages = _rooms.GetOrAdd(room, _ => []);
        lock (messages)
        {
            messages.Add(new EventChatMessage(author, DateTimeOffset.Now, text));
        }

        Changed?.Invoke();
    }
}

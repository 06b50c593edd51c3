using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>Prepares chat rooms straight through the server's store, as many different users.</summary>
internal static class ChatRoomSetup
{
    public static async Task CreateAsync(SharedStore store, string room)
    {
        var result = await store.DispatchAsync(new CreateRoom(room), ActionOrigin.Server);
        if (!result.IsAccepted)
        {
            throw new InvalidOperationException($"Could not create {room}: {result.Reason}");
        }
    }

    public static async Task SendAsync(SharedStore store, string room, string author, string text)
    {
        var result = await store.DispatchAsync(new SendMessage(room, text), new ActionOrigin(author, null));
        if (!result.IsAccepted)
        {
            throw new InvalidOperationException($"Could not post to {room}: {result.Reason}");
        }
    }
}

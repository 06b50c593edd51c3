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

    /// <summary>Posts <paramref name="count"/> messages, each from its own user so no flood limit applies.</summary>
    public static async Task<string> PostAsync(SharedStore store, string room, int count, string prefix)
    {
        var last = string.Empty;
        for (var i = 0; i < count; i++)
        {
            last = $"{prefix} {i}";
            var result = await store.DispatchAsync(new SendMessage(room, last), new ActionOrigin($"{prefix}-{Guid.NewGuid():N}", null));
            if (!result.IsAccepted)
            {
                throw new InvalidOperationException($"Could not post to {room}: {result.Reason}");
            }
        }

        return last;
    }
}

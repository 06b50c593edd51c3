using BlazorSharedState.E2E.Fixtures;

namespace BlazorSharedState.E2E.Chat;

/// <summary>Alice, named "Alice" and a few letters, creates a fresh room; Bob, another user, opens it in his tab.</summary>
internal sealed class ChatRoomScene : IAsyncDisposable
{
    private readonly AppUser _alice;
    private readonly AppUser _bob;

    private ChatRoomScene(AppUser alice, AppUser bob, string aliceName, string room, IPage aliceTab, IPage bobTab)
    {
        (_alice, _bob, AliceName, Room, AliceTab, BobTab) = (alice, bob, aliceName, room, aliceTab, bobTab);
    }

    public string AliceName { get; }

    public string Room { get; }

    public IPage AliceTab { get; }

    public IPage BobTab { get; }

    public IPage[] BothTabs => [AliceTab, BobTab];

    public static async Task<ChatRoomScene> OpenAsync(AppServer server)
    {
        var alice = await server.NewUserAsync();
        var bob = await server.NewUserAsync();
        var aliceName = ChatTabs.NewPersonName("Alice");
        var (aliceTab, room) = await alice.OpenNewRoomAsync(aliceName);
        var bobTab = await bob.OpenAsync($"chat/{room}");
        return new ChatRoomScene(alice, bob, aliceName, room, aliceTab, bobTab);
    }

    public async ValueTask DisposeAsync()
    {
        await _alice.DisposeAsync();
        await _bob.DisposeAsync();
    }
}

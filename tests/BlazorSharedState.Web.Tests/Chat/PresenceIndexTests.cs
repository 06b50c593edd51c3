using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Viewers;
using BlazorSharedState.Web.Tests.Fixtures;

namespace BlazorSharedState.Web.Tests.Chat;

/// <summary>
/// Who is present is kept step by step, one tab at a time, and always says what a walk over every
/// tab would: a user is present in a room while any of their tabs there is connected.
/// </summary>
public sealed class PresenceIndexTests : IAsyncDisposable
{
    private static readonly string[] Rooms = ["general", "random"];

    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenOneOfTwoTabsGoes_ThenTheUserStaysUntilTheLastOneDrops()
    {
        await _shared.Store.DispatchAsync(new EnterRoom("general"), new ActionOrigin("alice", "alice-1"));
        await _shared.Store.DispatchAsync(new EnterRoom("general"), new ActionOrigin("alice", "alice-2"));
        await _shared.Store.DispatchAsync(new EnterRoom("general"), new ActionOrigin("bob", "bob-1"));
        Assert.Equal(["alice", "bob"], PresentIn("general"));

        await _shared.Store.DispatchAsync(new CircuitClosed(), new ActionOrigin("alice", "alice-1"));
        Assert.Equal(["alice", "bob"], PresentIn("general"));

        await _shared.Store.DispatchAsync(new EnterRoom("random"), new ActionOrigin("alice", "alice-2"));
        Assert.Equal(["bob"], PresentIn("general"));
        Assert.Equal(["alice"], PresentIn("random"));

        await _shared.Store.DispatchAsync(new CircuitDisconnected(), new ActionOrigin("alice", "alice-2"));
        Assert.Empty(PresentIn("random"));
        await _shared.Store.DispatchAsync(new CircuitReconnected(), new ActionOrigin("alice", "alice-2"));
        Assert.Equal(["alice"], PresentIn("random"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task WhenTabsComeGoDropAndReturnAtRandom_ThenPresenceIsAlwaysWhatTheTabsSay(int seed)
    {
        var random = new Random(seed);
        object[] moves = [new EnterRoom("general"), new EnterRoom("random"), new LeaveRoom("general"), new LeaveRoom("random"),
            new CircuitDisconnected(), new CircuitReconnected(), new CircuitClosed()];
        for (var i = 0; i < 400; i++)
        {
            var user = $"user-{random.Next(5)}";
            var tab = $"{user}-tab-{random.Next(3)}";
            await _shared.Store.DispatchAsync(moves[random.Next(moves.Length)], new ActionOrigin(user, tab));

            var chat = _shared.Store.GetState<ChatState>();
            foreach (var room in Rooms)
            {
                Assert.Equal(TabViewers.PresentIn(chat.Viewers.Values, room), [.. chat.PresentIn(room)]);
            }
        }

        Assert.NotEmpty(PresentIn("general").Concat(PresentIn("random")));
    }

    private string[] PresentIn(string room) => [.. _shared.Store.GetState<ChatState>().PresentIn(room)];

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}

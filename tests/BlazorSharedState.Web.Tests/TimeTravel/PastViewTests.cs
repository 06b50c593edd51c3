using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Counter;
using BlazorSharedState.Web.Tests.Chat;
using BlazorSharedState.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Web.Tests.TimeTravel;

/// <summary>A tab looking at the past: it shows that moment, changes nothing, and other tabs stay live.</summary>
public sealed class PastViewTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenATabLooksAtThePast_ThenItShowsThatMomentRefusesEveryDispatchAndLiveTabsMoveOn()
    {
        var sent = new List<long>();
        for (var i = 1; i <= 5; i++)
        {
            sent.Add((await _shared.AcceptedAsync(new SendMessage("general", $"message {i}"), "alice")).Sequence);
        }

        var past = _shared.OpenCircuit("bob");
        await past.Services.GetRequiredService<CircuitTimeline>().GoToAsync(sent[2]);
        var pastList = past.Render<ChatMessageList>(p => p.Add(c => c.Room, "general"));
        var live = _shared.OpenCircuit("carol").Render<ChatMessageList>(p => p.Add(c => c.Room, "general"));
        var liveSequence = _shared.Store.Sequence;

        var refused = await past.Services.GetRequiredService<IDispatcher>().DispatchAsync(new SendMessage("general", "from the past"));
        // Another author: alice has used up her five messages in five seconds.
        await _shared.AcceptedAsync(new SendMessage("general", "message 6"), "dave");

        Assert.False(refused.IsAccepted);
        Assert.Equal(CircuitTimeline.ReadOnlyReason, refused.Reason);
        live.WaitForAssertion(() => Assert.Equal(6, live.TextsOf("chat-message").Length));
        Assert.Equal(["message 1", "message 2", "message 3"], pastList.TextsOf("chat-message-text"));
        Assert.Equal(liveSequence + 1, _shared.Store.Sequence);
        Assert.DoesNotContain("from the past", _shared.Store.GetState<ChatState>().Rooms["general"].Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task WhenATabMovesBetweenThePastAndLive_ThenWhatItShowsFollows()
    {
        await _shared.DispatchAsync(new IncrementCounter());
        var two = (await _shared.DispatchAsync(new IncrementCounter())).Sequence;
        await _shared.DispatchAsync(new IncrementCounter());
        var tab = _shared.OpenCircuit("bob");
        var timeline = tab.Services.GetRequiredService<CircuitTimeline>();
        var readout = tab.Render<CounterReadout>();
        readout.WaitForAssertion(() => Assert.Equal(["3"], readout.TextsOf("counter-value")));

        await timeline.GoToAsync(two);
        readout.WaitForAssertion(() => Assert.Equal(["2"], readout.TextsOf("counter-value")));
        await _shared.DispatchAsync(new IncrementCounter());
        await timeline.GoToAsync(0);
        readout.WaitForAssertion(() => Assert.Equal(["0"], readout.TextsOf("counter-value")));

        await timeline.GoToAsync(null);
        readout.WaitForAssertion(() => Assert.Equal(["4"], readout.TextsOf("counter-value")));
        Assert.True((await tab.Services.GetRequiredService<IDispatcher>().DispatchAsync(new IncrementCounter())).IsAccepted);
    }

    [Fact]
    public async Task WhenAMessageWasDeletedSince_ThenThePastShowsItDeletedToEveryoneButItsAuthor()
    {
        var posted = await _shared.DispatchAsync(new SendMessage("general", "regrettable"), "alice");
        await _shared.DispatchAsync(new DeleteMessage("general", posted.Sequence), "alice");

        var author = await PastListAsync("alice", posted.Sequence);
        var reader = await PastListAsync("bob", posted.Sequence);

        Assert.Equal(["regrettable"], author.TextsOf("chat-message-text"));
        Assert.Equal(["message deleted"], reader.TextsOf("chat-message-text"));
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();

    private async Task<IRenderedComponent<ChatMessageList>> PastListAsync(string user, long at)
    {
        var tab = _shared.OpenCircuit(user);
        await tab.Services.GetRequiredService<CircuitTimeline>().GoToAsync(at);
        return tab.Render<ChatMessageList>(p => p.Add(c => c.Room, "general"));
    }
}

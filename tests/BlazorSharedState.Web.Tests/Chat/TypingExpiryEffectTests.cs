using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Chat;
using Microsoft.Extensions.Time.Testing;

namespace BlazorSharedState.Web.Tests.Chat;

public sealed class TypingExpiryEffectTests
{
    private readonly FakeTimeProvider _time = new(ChatTimeline.Start);
    private readonly RecordingDispatcher _dispatcher = new();

    [Fact]
    public async Task WhenTheTimeoutHasNotPassed_ThenNoExpiryIsSentAndAtTheTimeoutOneIs()
    {
        var meta = new ActionMeta(1, Guid.NewGuid(), _time.GetUtcNow(), "alice", "alice-tab");
        var effect = new ChatEffects(_time).ExpireTypingLater(new StartTyping("general"), meta, _dispatcher);

        _time.Advance(ChatState.TypingTimeout - TimeSpan.FromMilliseconds(1));
        Assert.Empty(_dispatcher.Sent);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await effect;
        Assert.Equal([new ExpireTyping("general")], _dispatcher.Sent);
    }

    [Fact]
    public async Task WhenTheEffectStartsAfterTheDeadline_ThenItSendsTheExpiryAtOnce()
    {
        var meta = new ActionMeta(1, Guid.NewGuid(), _time.GetUtcNow(), "alice", "alice-tab");
        _time.Advance(TimeSpan.FromMinutes(1));

        await new ChatEffects(_time).ExpireTypingLater(new StartTyping("general"), meta, _dispatcher);

        Assert.Equal([new ExpireTyping("general")], _dispatcher.Sent);
    }

    private sealed class RecordingDispatcher : IDispatcher
    {
        public List<object> Sent { get; } = [];

        public void Dispatch(object action) => Sent.Add(action);

        public Task<DispatchResult> DispatchAsync(object action, CancellationToken cancellationToken = default)
        {
            Sent.Add(action);
            return Task.FromResult(DispatchResult.Rejected("recorded only"));
        }
    }
}

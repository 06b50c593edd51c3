using BlazorSharedState.Store.Blazor;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Profiles;
using BlazorSharedState.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Web.Tests.Chat;

/// <summary>The chat's views in separate "circuits" against one store.</summary>
public sealed class ChatViewsTests : IAsyncDisposable
{
    private static readonly string Alice = ProfilesState.GuestName("alice");

    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenARoomIsCrowded_ThenThePresenceListNamesTheFirstFewAndCountsTheRest()
    {
        var list = _shared.OpenCircuit("alice").Render<ChatPresence>(p => p.Add(c => c.Room, "general"));
        for (var i = 0; i < ChatPresence.MaxNamed + 6; i++)
        {
            await _shared.Store.DispatchAsync(new EnterRoom("general"), new Store.ActionOrigin($"user-{i:00}", $"tab-{i}"));
        }

        list.WaitForAssertion(() => Assert.Equal(["and 6 more"], list.TextsOf("presence-more")));
        Assert.Equal(ChatPresence.MaxNamed, list.AttributesOf("presence-user", "data-user").Length);

        await _shared.Store.DispatchAsync(new CircuitClosed(), new Store.ActionOrigin("user-00", "tab-0"));
        list.WaitForAssertion(() => Assert.Equal(["and 5 more"], list.TextsOf("presence-more")));
    }

    [Fact]
    public async Task WhenACrowdArrives_ThenTheCountsAreRounded_AndArrivalsThatChangeNothingShownDoNotRender()
    {
        await EnterAsync(0, 130);
        var list = _shared.OpenCircuit("alice").Render<CountingPresence>(p => p.Add(c => c.Room, "general"));
        Assert.Equal(["Here now (130+)"], list.TextsOf("presence-count"));
        Assert.Equal(["and 100+ more"], list.TextsOf("presence-more"));
        // Counted after the markup is applied (OnAfterRender), so polled.
        await Wait.UntilAsync(() => list.Instance.Renders == 1, "the presence list's first render to complete");
        var renders = list.Instance.Renders;

        // Up to 133 shows as 130+, and the 109 beyond the named as 100+: nothing this tab shows
        // changes. The 134th makes it 110+ more: that one render is the first since the tab opened.
        await EnterAsync(130, 4);

        list.WaitForAssertion(() => Assert.Equal(["and 110+ more"], list.TextsOf("presence-more")));
        await Wait.UntilAsync(() => list.Instance.Renders > renders, "the presence list's render for the 134th");
        Assert.Equal(renders + 1, list.Instance.Renders);
        Assert.Equal(["Here now (130+)"], list.TextsOf("presence-count"));
    }

    private async Task EnterAsync(int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            await _shared.Store.DispatchAsync(new EnterRoom("general"), new Store.ActionOrigin($"user-{i:000}", $"tab-{i}"));
        }
    }

    [Fact]
    public async Task WhenSomeoneElsePosts_ThenTheMessageListUnreadBadgeAndCompactViewAgree()
    {
        await _shared.DispatchAsync(new EnterRoom("general"), "bob");
        var alice = OpenChat("alice", "random");
        var bobsRooms = _shared.OpenCircuit("bob").Render<ChatRoomList>();
        var bobsBar = _shared.OpenCircuit("bob").Render<ChatLatestMessages>();
        var bobInGeneral = OpenChat("bob", "general");

        await alice.TypeAsync("chat-input", "hello bob");
        await alice.PressEnterAsync("chat-input");

        alice.WaitForAssertion(() => Assert.Equal(["hello bob"], alice.TextsOf("chat-message-text")));
        bobsRooms.WaitForAssertion(() => Assert.Equal(["1"], bobsRooms.TextsOf("unread-random")));
        bobsBar.WaitForAssertion(() => Assert.Equal([$"#random · {Alice}: hello bob"], bobsBar.TextsOf("latest-message")));
        Assert.Empty(bobsRooms.TextsOf("unread-general"));
        Assert.Empty(bobInGeneral.TextsOf("chat-message"));

        // Bob opens the room in another tab: the badge clears in his other views.
        var bobInRandom = OpenChat("bob", "random");
        bobInRandom.WaitForAssertion(() => Assert.Equal(["hello bob"], bobInRandom.TextsOf("chat-message-text")));
        bobsRooms.WaitForAssertion(() => Assert.Empty(bobsRooms.TextsOf("unread-random")));
        Assert.Equal([Alice], alice.AttributesOf("chat-message", "data-author"));
    }

    [Fact]
    public async Task WhenChatChangesOutsideMyBadges_ThenMyRoomListDoesNotRender()
    {
        await _shared.DispatchAsync(new EnterRoom("general"), "bob");
        var bobsRooms = _shared.OpenCircuit("bob").Render<CountingRoomList>();
        Assert.Equal(1, bobsRooms.Instance.Renders);

        await _shared.DispatchAsync(new StartTyping("general"), "alice");
        await _shared.DispatchAsync(new EnterRoom("general"), "alice");
        await _shared.DispatchAsync(new SendMessage("general", "my own"), "bob");
        await _shared.DispatchAsync(new SendMessage("random", "for bob"), "alice");

        bobsRooms.WaitForAssertion(() => Assert.Equal(["1"], bobsRooms.TextsOf("unread-random")));
        // Counted after the markup is applied (OnAfterRender), so polled rather than waited on with the markup.
        await Wait.UntilAsync(() => bobsRooms.Instance.Renders >= 2, "the room list's second render to complete");
        Assert.Equal(2, bobsRooms.Instance.Renders);
    }

    [Fact]
    public async Task WhenACircuitCloses_ThenPresenceDropsThatUserButKeepsOneWithAnotherTab()
    {
        IRenderedComponent<ChatPage>[] aliceTabs = [OpenChat("alice"), OpenChat("alice")];
        var bobCircuit = _shared.OpenCircuit("bob");
        var bob = bobCircuit.Render<ChatPage>(p => p.Add(c => c.Room, "general"));
        IRenderedComponent<ChatPage>[] everyone = [.. aliceTabs, bob];
        var bobName = ProfilesState.GuestName("bob");

        Assert.All(everyone, tab => tab.WaitForAssertion(() => Assert.Equal([Alice, bobName], tab.AttributesOf("presence-user", "data-user"))));

        await _shared.Store.DispatchAsync(new CircuitClosed(), bobCircuit.Services.GetRequiredService<CircuitIdentity>().Origin);

        Assert.All(aliceTabs, tab => tab.WaitForAssertion(() => Assert.Equal([Alice], tab.AttributesOf("presence-user", "data-user"))));
    }

    [Fact]
    public async Task WhenAMessageContainsMarkup_ThenItIsShownAsText()
    {
        var alice = OpenChat("alice");

        await _shared.DispatchAsync(new SendMessage("general", "<script>alert(1)</script>"), "bob");

        alice.WaitForAssertion(() => Assert.Equal(["<script>alert(1)</script>"], alice.TextsOf("chat-message-text")));
        Assert.Empty(alice.FindAll("[data-testid=chat-messages] script"));
    }

    [Fact]
    public async Task WhenASendIsRejected_ThenTheReasonShowsAndTheTextStaysInTheBox()
    {
        var circuit = _shared.OpenCircuit("alice");
        var rejections = circuit.Render<RejectionHost>();
        var alice = circuit.Render<ChatPage>(p => p.Add(c => c.Room, "general"));
        var tooLong = new string('a', 1001);

        await alice.TypeAsync("chat-input", tooLong);
        await alice.ClickAsync("[data-testid=chat-send]");

        rejections.WaitForAssertion(() => Assert.Equal(
            ["A message can be at most 1,000 characters; this one has 1,001."], rejections.TextsOf("rejection")));
        Assert.Equal(tooLong, alice.Find("[data-testid=chat-input]").GetAttribute("value"));
        Assert.Empty(_shared.Store.GetState<ChatState>().Rooms["general"].Messages);
    }

    [Fact]
    public async Task WhenISendSuccessfully_ThenTheBoxEmpties()
    {
        var alice = OpenChat("alice");

        await alice.TypeAsync("chat-input", "hi");
        await alice.ClickAsync("[data-testid=chat-send]");

        alice.WaitForAssertion(() => Assert.Equal(["hi"], alice.TextsOf("chat-message-text")));
        alice.WaitForAssertion(() => Assert.Equal(string.Empty, alice.Find("[data-testid=chat-input]").GetAttribute("value")));
    }

    [Fact]
    public async Task WhenIDeleteMyMessage_ThenEveryoneSeesItDeletedAndOnlyICouldDeleteIt()
    {
        var alice = OpenChat("alice");
        var bob = OpenChat("bob");
        await _shared.DispatchAsync(new SendMessage("general", "regret"), "alice");
        bob.WaitForAssertion(() => Assert.Equal(["regret"], bob.TextsOf("chat-message-text")));
        alice.WaitForAssertion(() => Assert.Single(alice.FindAll("[data-testid=chat-message-delete]")));
        Assert.Empty(bob.FindAll("[data-testid=chat-message-delete]"));

        await alice.ClickAsync("[data-testid=chat-message-delete]");

        bob.WaitForAssertion(() => Assert.Equal(["message deleted"], bob.TextsOf("chat-message-text")));
        alice.WaitForAssertion(() => Assert.Empty(alice.FindAll("[data-testid=chat-message-delete]")));
    }

    [Fact]
    public async Task WhenSomeoneTypes_ThenOthersSeeTheIndicatorUntilTheTimeoutPasses()
    {
        var alice = OpenChat("alice");
        var bob = OpenChat("bob");

        await alice.TypeAsync("chat-input", "hel");
        _shared.Time.Advance(ChatComposer.TypingNoticeDelay);
        // The composer starts its notice delay on its own circuit, perhaps after the clock moved:
        // nudge the clock on in small steps (far below the typing timeout) until the notice is out.
        await Wait.UntilAsync(
            () => bob.TextsOf("typing-indicator").SequenceEqual([$"{Alice} is typing…"]),
            "bob to see that alice is typing",
            () => _shared.Time.Advance(TimeSpan.FromMilliseconds(20)));
        Assert.Empty(alice.TextsOf("typing-indicator"));

        _shared.Time.Advance(ChatState.TypingTimeout);

        bob.WaitForAssertion(() => Assert.Empty(bob.TextsOf("typing-indicator")));
    }

    [Fact]
    public async Task WhenITypeAndSendQuickly_ThenNobodyIsToldIWasTyping()
    {
        var alice = OpenChat("alice");
        var bob = OpenChat("bob");

        await alice.TypeAsync("chat-input", "ok");
        _shared.Time.Advance(ChatComposer.TypingNoticeDelay / 2);
        await alice.InvokeAsync(() => { }); // runs after anything Alice's circuit has queued, a notice included
        await AssertNobodyTypingInGeneralAsync("half the notice delay after a keystroke");

        await alice.ClickAsync("[data-testid=chat-send]");
        bob.WaitForAssertion(() => Assert.Equal(["ok"], bob.TextsOf("chat-message-text")));
        _shared.Time.Advance(ChatComposer.TypingNoticeDelay);
        await alice.InvokeAsync(() => { });

        await AssertNobodyTypingInGeneralAsync("once the message was sent");
        Assert.Empty(bob.TextsOf("typing-indicator"));
    }

    [Fact]
    public async Task WhenIRenameMyself_ThenMyPastMessagesAndPresenceShowTheNewName()
    {
        var alice = OpenChat("alice");
        var alicesOtherTab = OpenChat("alice", "random");
        var bob = OpenChat("bob");
        await _shared.DispatchAsync(new SendMessage("general", "before the rename"), "alice");
        bob.WaitForAssertion(() => Assert.Equal([Alice], bob.AttributesOf("chat-message", "data-author")));

        await alice.TypeAsync("nickname-input", "  Alice  ");
        await alice.ClickAsync("[data-testid=nickname-save]");

        bob.WaitForAssertion(() => Assert.Equal(["Alice"], bob.AttributesOf("chat-message", "data-author")));
        bob.WaitForAssertion(() => Assert.Contains("Alice", bob.AttributesOf("presence-user", "data-user")));
        alicesOtherTab.WaitForAssertion(() => Assert.Equal("Alice", alicesOtherTab.Find("[data-testid=nickname-input]").GetAttribute("value")));
    }

    [Fact]
    public async Task WhenARoomHasALongHistory_ThenOnlyTheNewestAreRenderedUntilIAskForMore()
    {
        // Thirty people, five each: the flood limit holds, and the room has 150 messages.
        for (var i = 0; i < 150; i++)
        {
            await _shared.DispatchAsync(new SendMessage("general", $"message {i}"), $"user-{i % 30}");
        }

        var alice = OpenChat("alice");

        Assert.Equal(100, alice.TextsOf("chat-message").Length);
        Assert.Equal("message 149", alice.TextsOf("chat-message-text")[^1]);
        await alice.ClickAsync("[data-testid=chat-show-earlier]");
        alice.WaitForAssertion(() => Assert.Equal(150, alice.TextsOf("chat-message").Length));
        Assert.Empty(alice.FindAll("[data-testid=chat-show-earlier]"));
    }

    [Fact]
    public async Task WhenIOpenARoomThatDoesNotExist_ThenICanCreateItAndGetTaken()
    {
        var circuit = _shared.OpenCircuit("alice");
        var alice = circuit.Render<ChatPage>(p => p.Add(c => c.Room, "book-club"));
        Assert.Empty(alice.FindAll("[data-testid=chat-input]"));

        Assert.Equal("book-club", alice.Find("[data-testid=room-create-input]").GetAttribute("value"));
        await alice.TypeAsync("room-create-input", "Book-Club");
        await alice.ClickAsync("[data-testid=room-create]");

        alice.WaitForAssertion(() => Assert.Single(alice.FindAll("[data-testid=chat-input]")));
        var navigation = circuit.Services.GetRequiredService<NavigationManager>();
        alice.WaitForAssertion(() => Assert.Equal("chat/book-club", navigation.ToBaseRelativePath(navigation.Uri)));
    }

    [Fact]
    public async Task WhenChatPagesAreDisposed_ThenTheirTabsLeavePresence()
    {
        var circuit = _shared.OpenCircuit("alice");
        var alice = circuit.Render<ChatPage>(p => p.Add(c => c.Room, "general"));
        alice.WaitForAssertion(() => Assert.Single(ChatSelectors.Present(_shared.Store.GetState<ChatState>(), "general")));

        await circuit.DisposeComponentsAsync();

        await _shared.WaitForStateAsync<ChatState>(chat => ChatSelectors.Present(chat, "general").IsEmpty, "the closed tab to leave presence in general");
    }

    private IRenderedComponent<ChatPage> OpenChat(string user, string room = "general") =>
        _shared.OpenCircuit(user).Render<ChatPage>(p => p.Add(c => c.Room, room));

    // Nobody typing holds before anything happens, so it can't be waited for: it is checked once the
    // store has caught up instead, as a no-op action is reduced after every action dispatched before it.
    private async Task AssertNobodyTypingInGeneralAsync(string when)
    {
        await _shared.DispatchAsync(new ExpireTyping("general"));
        var typing = _shared.Store.GetState<ChatState>().Rooms["general"].Typing;
        Assert.True(typing.IsEmpty, $"Someone was typing in general {when}: {string.Join(", ", typing.Keys)}.");
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}

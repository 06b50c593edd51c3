using BlazorSharedState.Web.Components.Time;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Counter;
using BlazorSharedState.Web.Tests.Chat;
using BlazorSharedState.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Components;

namespace BlazorSharedState.Web.Tests.Time;

/// <summary>Times are stamped by the server once and shown on each viewer's own clock.</summary>
public sealed class ViewerTimeZoneTests : IAsyncDisposable
{
    private const string AskForZone = "sharedState.timeZone";

    // The store's clock reads 2026-01-01 12:00 UTC: 21:00 in Tokyo, 17:30 in Kolkata, 07:00 in New York.
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenTwoViewersAreInDifferentZones_ThenEachSeesTheMessageTimeOnTheirOwnClock()
    {
        await _shared.DispatchAsync(new SendMessage("general", "hello"), "alice");

        var tokyo = RenderInZone<ChatMessageList>("alice", "Asia/Tokyo", p => p.Add(c => c.Room, "general"));
        var kolkata = RenderInZone<ChatMessageList>("bob", "Asia/Kolkata", p => p.Add(c => c.Room, "general"));

        tokyo.WaitForAssertion(() => Assert.Equal(["21:00"], tokyo.TextsOf("chat-message-time")));
        kolkata.WaitForAssertion(() => Assert.Equal(["17:30"], kolkata.TextsOf("chat-message-time")));
    }

    [Fact]
    public async Task WhenTheCounterChanges_ThenItsLastChangeShowsTheViewersTime()
    {
        await _shared.DispatchAsync(new IncrementCounter(), "alice");

        var newYork = RenderInZone<CounterReadout>("bob", "America/New_York", _ => { });

        newYork.WaitForAssertion(() => Assert.EndsWith("at 07:00:00", newYork.TextsOf("counter-last-change").Single(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhenTheBrowserRememberedItsZone_ThenTheFirstRenderShowsItAndAnUnclearAnswerKeepsIt()
    {
        await _shared.DispatchAsync(new SendMessage("general", "hello"), "alice");

        var (circuit, tab) = RenderGeneralRoom("bob", browserAnswer: "not a zone", rememberedZoneId: "Asia/Tokyo");

        Assert.Equal(["21:00"], tab.TextsOf("chat-message-time"));
        tab.WaitForAssertion(() => circuit.JSInterop.VerifyInvoke(AskForZone));
        Assert.Equal(["21:00"], tab.TextsOf("chat-message-time"));
    }

    [Fact]
    public async Task WhenTheBrowserHasMovedSinceItRememberedItsZone_ThenItsTimesFollowTheBrowser()
    {
        await _shared.DispatchAsync(new SendMessage("general", "hello"), "alice");

        var (_, tab) = RenderGeneralRoom("bob", browserAnswer: "Asia/Kolkata", rememberedZoneId: "Asia/Tokyo");

        tab.WaitForAssertion(() => Assert.Equal(["17:30"], tab.TextsOf("chat-message-time")));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData("../../../etc/localtime")]
    [InlineData("/usr/share/zoneinfo/Asia/Tokyo")]
    [InlineData("Asia/Tokyo\n")]
    [InlineData(null)]
    public void WhenTheBrowserNamesNoZoneTheServerKnowsOrNoZoneAtAll_ThenTimesStayOnTheServersClock(string? ianaId)
    {
        Assert.Same(ViewerTimeZone.Server, ViewerTimeZone.FromBrowser(ianaId));
    }

    [Fact]
    public void WhenAZoneHasDaylightSaving_ThenEachTimeUsesTheOffsetOfItsOwnDate()
    {
        var berlin = ViewerTimeZone.FromBrowser("Europe/Berlin");

        Assert.Equal("13:00", berlin.Format(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero), "HH:mm"));
        Assert.Equal("14:00", berlin.Format(new DateTimeOffset(2026, 7, 15, 12, 0, 0, TimeSpan.Zero), "HH:mm"));
    }

    private IRenderedComponent<ViewerTimeZoneCascade> RenderInZone<TComponent>(string userId, string ianaId, Action<ComponentParameterCollectionBuilder<TComponent>> parameters)
        where TComponent : IComponent =>
        Render(userId, ianaId, rememberedZoneId: null, p => p.AddChildContent(parameters)).Tab;

    private (BunitContext Circuit, IRenderedComponent<ViewerTimeZoneCascade> Tab) RenderGeneralRoom(string userId, string browserAnswer, string rememberedZoneId) =>
        Render(userId, browserAnswer, rememberedZoneId, p => p.AddChildContent<ChatMessageList>(list => list.Add(c => c.Room, "general")));

    // A tab of userId whose browser answers browserAnswer when asked for its zone.
    private (BunitContext Circuit, IRenderedComponent<ViewerTimeZoneCascade> Tab) Render(
        string userId, string browserAnswer, string? rememberedZoneId, Action<ComponentParameterCollectionBuilder<ViewerTimeZoneCascade>> content)
    {
        var circuit = _shared.OpenCircuit(userId);
        circuit.JSInterop.Setup<string?>(AskForZone).SetResult(browserAnswer);
        return (circuit, circuit.Render<ViewerTimeZoneCascade>(p => content(p.Add(c => c.RememberedZoneId, rememberedZoneId))));
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}

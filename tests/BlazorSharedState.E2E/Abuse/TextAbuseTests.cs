using BlazorSharedState.E2E.Fixtures;
using BlazorSharedState.LoadTest.Client;
using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.E2E.Abuse;

/// <summary>
/// The Unicode tricks a hostile guest tried, sent as a script would (no <c>maxlength</c> in the
/// way): each is refused with its reason in the sender's tab, nothing is stored, and the tab stays
/// connected. The marks run to a thousand, not the six thousand a browser could paste: a script's
/// input event carries the text twice, escaped, and past SignalR's 32 KB the connection is closed,
/// which a browser never reaches because of <c>maxlength</c> (the 40 KB paste is ChatRuleTests').
/// </summary>
public sealed class TextAbuseTests : IAsyncLifetime
{
    private readonly AppServer _server = AppServer.WithoutBrowser();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    private SharedStore Store => _server.Services.GetRequiredService<SharedStore>();

    public static TheoryData<string, string> Names => new()
    {
        { "\u202Enimda", Nickname.Problem("\u202Enimda")! },
        { "Z" + new string('\u0301', 1_000), Nickname.Problem("Z" + new string('\u0301', 1_000))! },
        { "\u200B\u200B\u200B", Nickname.Problem("\u200B\u200B\u200B")! },
        { "Guest 1F94", ProfilesGuards.GuestNameReserved },
    };

    public static TheoryData<string, string> Messages => new()
    {
        { "\u200B\u200B\u200B", MessageText.Problem("\u200B\u200B\u200B")! },
        { "pay \u202Egnp.exe", MessageText.Problem("pay \u202Egnp.exe")! },
        { "a" + new string('\u0301', 1_000), MessageText.Problem("a" + new string('\u0301', 1_000))! },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public async Task WhenAGuestPicksATrickName_ThenTheyAreToldWhyAndNoNameIsStored(string name, string reason)
    {
        using var guest = new HeadlessUser(_server.BaseUrl);
        await using var tab = await guest.OpenAsync("/chat/general");

        await tab.TypeAsync("nickname-input", name);
        await tab.ClickAsync("nickname-save");

        await tab.WaitForTextAsync("rejection", reason);
        Assert.Empty(Store.GetState<ProfilesState>().Nicknames);
        Assert.Null(tab.Failure);
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task WhenAGuestPostsATrickMessage_ThenTheyAreToldWhyAndNothingIsPosted(string text, string reason)
    {
        using var guest = new HeadlessUser(_server.BaseUrl);
        await using var tab = await guest.OpenAsync("/chat/general");

        await tab.TypeAsync("chat-input", text);
        await tab.ClickAsync("chat-send");

        await tab.WaitForTextAsync("rejection", reason);
        Assert.Empty(Store.GetState<ChatState>().Rooms["general"].Messages);
        Assert.Null(tab.Failure);
    }

    [Fact]
    public async Task WhenAGuestTakesANameSomeoneHasInAnotherCase_ThenTheyAreToldItIsTaken()
    {
        using var first = new HeadlessUser(_server.BaseUrl);
        await using var firstTab = await first.OpenAsync("/chat/general");
        await firstTab.TypeAsync("nickname-input", "Admin");
        await firstTab.ClickAsync("nickname-save");
        await Wait.UntilAsync(() => Store.GetState<ProfilesState>().Nicknames.Count == 1, "the first guest's name to be stored");

        using var second = new HeadlessUser(_server.BaseUrl);
        await using var secondTab = await second.OpenAsync("/chat/general");
        await secondTab.TypeAsync("nickname-input", "ADMIN");
        await secondTab.ClickAsync("nickname-save");

        await secondTab.WaitForTextAsync("rejection", "Someone else is already called Admin.");
    }
}

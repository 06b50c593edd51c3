using BlazorSharedState.Web.Components.Layout;
using BlazorSharedState.Web.Components.Markup;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Web.Tests.Layout;

/// <summary>The drawer's links, plain anchors: the current page's is marked, and follows navigation.</summary>
public sealed class NavMenuTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Theory]
    [InlineData("", "", true, true)]
    [InlineData("counter", "", true, false)]
    [InlineData("chat/general", "chat", false, true)]
    [InlineData("chat", "chat", false, true)]
    [InlineData("chatter", "chat", false, false)]
    [InlineData("chat/general", "chat/general", false, true)]
    [InlineData("chat/general-2", "chat/general", false, false)]
    [InlineData("Chat/General", "chat/general", false, true)]
    public void WhenAPathIsCompared_ThenALinkHoldsItsOwnPathAndWhatLiesBelowIt(string path, string href, bool exact, bool holds) =>
        Assert.Equal(holds, CurrentLink.Holds(path, href, exact));

    [Theory]
    [InlineData("chat/general?at=17", "chat/general")]
    [InlineData("counter#top", "counter")]
    [InlineData("game/", "game")]
    [InlineData("", "")]
    public void WhenAnAddressHasAQueryOrFragment_ThenOnlyItsPathIsCompared(string baseRelative, string path) =>
        Assert.Equal(path, CurrentLink.PathOf(baseRelative));

    [Fact]
    public async Task WhenTheTabNavigates_ThenTheCurrentPagesAndRoomsLinksAreMarked()
    {
        var circuit = _shared.OpenCircuit("alice");
        var navigation = circuit.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("chat/general");
        var menu = circuit.Render<NavMenu>();

        Assert.Equal(["Chat", "#general"], Current(menu));

        await menu.InvokeAsync(() => navigation.NavigateTo("counter?at=3"));

        menu.WaitForAssertion(() => Assert.Equal(["Counter"], Current(menu)));
        Assert.Equal("page", menu.Find("a[href=counter]").GetAttribute("aria-current"));
    }

    [Fact]
    public async Task WhenAMessageArrivesInAnotherRoom_ThenItsUnreadCountShowsInsideItsLink()
    {
        var circuit = _shared.OpenCircuit("alice");
        circuit.Services.GetRequiredService<NavigationManager>().NavigateTo("chat/general");
        var menu = circuit.Render<NavMenu>();
        await _shared.AcceptedAsync(new EnterRoom("general"), "alice");

        await _shared.AcceptedAsync(new SendMessage("random", "hi"), "bob");

        menu.WaitForAssertion(() => Assert.Equal("1", menu.Find("[data-testid=room-link-random] [data-testid=unread-random]").TextContent));
        Assert.Empty(menu.FindAll("[data-testid=unread-general]"));
    }

    private static string[] Current(IRenderedComponent<NavMenu> menu) =>
        [.. menu.FindAll("a.active").Select(link => link.TextContent.Trim())];

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}

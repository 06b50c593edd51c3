using BlazorSharedState.Web.Components.Layout;
using BlazorSharedState.Web.Features.Profiles;
using BlazorSharedState.Web.Tests.Fixtures;

namespace BlazorSharedState.Web.Tests.Layout;

public sealed class CurrentUserChipTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenIRenameMyself_ThenAllMyTabsShowTheNewNameAndOthersKeepTheirs()
    {
        var myTabs = new[] { _shared.OpenCircuit("alice").Render<CurrentUserChip>(), _shared.OpenCircuit("alice").Render<CurrentUserChip>() };
        var bobsTab = _shared.OpenCircuit("bob").Render<CurrentUserChip>();

        await _shared.DispatchAsync(new SetNickname("  Alice  "), "alice");

        Assert.All(myTabs, tab => tab.WaitForAssertion(() => Assert.Equal("Alice", tab.Find("[data-testid=me-name]").TextContent)));
        Assert.Equal(ProfilesState.GuestName("bob"), bobsTab.Find("[data-testid=me-name]").TextContent);
    }

    [Fact]
    public async Task WhenSomeoneElseRenames_ThenASelectionOfMyNameDoesNotRender()
    {
        var mine = _shared.OpenCircuit("alice").Render<NameRenderProbe>(p => p.Add(c => c.UserId, "alice"));

        await _shared.DispatchAsync(new SetNickname("Bob"), "bob");
        await _shared.DispatchAsync(new SetNickname("Carol"), "carol");
        await _shared.DispatchAsync(new SetNickname("Alice"), "alice");

        mine.WaitForAssertion(() => Assert.Equal("Alice", mine.Find("[data-testid=probe-name]").TextContent));
        // Counted after the markup is applied (OnAfterRender), so polled; renders run in order, so one
        // for Bob's or Carol's name would have counted before this one.
        await Wait.UntilAsync(() => mine.Instance.Renders >= 2, "the render showing Alice to complete");
        Assert.Equal(2, mine.Instance.Renders);
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}

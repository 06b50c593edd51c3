using BlazorSharedState.Web.Features.Activity;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Tests.Chat;
using BlazorSharedState.Web.Tests.Fixtures;

namespace BlazorSharedState.Web.Tests.Activity;

/// <summary>A click on an entry shows all of it and links to the app as it was right after it.</summary>
public sealed class ActivityDetailsTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenAnEntryIsClicked_ThenItsPayloadMetaAndALinkToThatMomentShow()
    {
        await _shared.DispatchAsync(new SendMessage("random", "<i>hi</i>\nthere"), "alice");
        var circuit = _shared.OpenActivityCircuit("carol");
        // The page hosts its own dialogs: the layout has no dialog provider.
        var page = circuit.Render<ActivityPage>().WhenLoaded();

        await page.ClickAsync("[data-testid=activity-entry][data-seq='1']");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=activity-details]")));
        var details = page.Find("[data-testid=activity-details]");
        Assert.Equal("1", details.GetAttribute("data-seq"));
        Assert.Equal("Accepted", page.TextsOf("activity-details-outcome").Single());
        Assert.Equal("{\n  \"Room\": \"random\",\n  \"Text\": \"<i>hi</i>\\nthere\"\n}", page.Find("[data-testid=activity-payload]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=activity-details] i"));
        Assert.Contains("alice-elsewhere", details.TextContent, StringComparison.Ordinal);
        Assert.Equal("chat/random?at=1", page.Find("[data-testid=activity-view-at]").GetAttribute("href"));
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}

using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Activity;
using BlazorSharedState.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Web.Tests.Activity;

/// <summary>
/// Tabs of the shared fixture that can show <c>/activity</c>: besides the store they get what the
/// app registers for it, the log codec and every feature's summaries, as the app does.
/// </summary>
internal static class ActivityCircuits
{
    // Built by the app's own registrations; the store in it is never resolved, let alone started.
    private static readonly Lazy<ServiceProvider> AppServices = new(() => new ServiceCollection()
        .AddSharedStoreCore(store => store.ScanAssemblies(typeof(Program).Assembly))
        .AddActivityLog(typeof(Program).Assembly)
        .BuildServiceProvider());

    public static ActionSummarizer Summarizer => AppServices.Value.GetRequiredService<ActionSummarizer>();

    public static ActionLogCodec Codec => AppServices.Value.GetRequiredService<ActionLogCodec>();

    public static IEnumerable<IActionSummaries> FeatureSummaries => AppServices.Value.GetServices<IActionSummaries>();

    /// <summary>A new tab of <paramref name="userId"/> that can render the activity page and its dialogs.</summary>
    public static BunitContext OpenActivityCircuit(this SharedStoreTestHost shared, string userId)
    {
        var circuit = shared.OpenCircuit(userId);
        circuit.Services.AddFallbackServiceProvider(AppServices.Value);
        return circuit;
    }

    /// <summary>A new tab of <paramref name="userId"/> on <c>/activity</c>, once it has read the log.</summary>
    public static IRenderedComponent<ActivityPage> OpenActivity(this SharedStoreTestHost shared, string userId) =>
        shared.OpenActivityCircuit(userId).Render<ActivityPage>().WhenLoaded();

    /// <summary>Waits until the page has read the log and reads no more.</summary>
    public static IRenderedComponent<TPage> WhenLoaded<TPage>(this IRenderedComponent<TPage> page)
        where TPage : ActivityPage
    {
        page.WaitForAssertion(
            () => Assert.True(
                page.Find("[data-testid=activity-range]").TextContent != "Reading the log…" && page.FindAll(".mud-progress-linear").Count == 0,
                "Waited for the activity page to read the log"),
            TimeSpan.FromSeconds(10));
        return page;
    }

    /// <summary>The sequences of the rows in the page, top first (the virtualized list renders only the first hundred or so).</summary>
    public static long[] Sequences<TPage>(this IRenderedComponent<TPage> page)
        where TPage : ActivityPage =>
        [.. page.FindAll("[data-testid=activity-entry]").Select(e => long.Parse(e.GetAttribute("data-seq")!, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>What the page holds: the oldest and newest sequence and how many entries, shown or loaded.</summary>
    public static (long Oldest, long Newest, int Loaded, int Shown) Range<TPage>(this IRenderedComponent<TPage> page)
        where TPage : ActivityPage
    {
        var range = page.Find("[data-testid=activity-range]");
        long Number(string name) => long.Parse(range.GetAttribute(name) ?? "-1", System.Globalization.CultureInfo.InvariantCulture);
        return (Number("data-oldest"), Number("data-newest"), (int)Number("data-loaded"), (int)Number("data-shown"));
    }

    /// <summary>Picks <paramref name="type"/> in the action filter, as a click on its option does.</summary>
    public static Task SelectTypeAsync<TPage>(this IRenderedComponent<TPage> page, string type)
        where TPage : ActivityPage
    {
        var select = page.FindComponent<MudBlazor.MudSelect<string>>();
        return select.InvokeAsync(() => select.Instance.SelectOption(type));
    }

    /// <summary>Types <paramref name="text"/> into the user filter.</summary>
    public static Task FilterUserAsync<TPage>(this IRenderedComponent<TPage> page, string text)
        where TPage : ActivityPage =>
        page.InvokeAsync(() => page.Find("[data-testid=activity-filter-user]").Input(text));

    /// <summary><paramref name="count"/> sequences counting down from <paramref name="newest"/>: the page's order.</summary>
    public static long[] Descending(long newest, int count) => [.. Enumerable.Range(0, count).Select(i => newest - i)];
}

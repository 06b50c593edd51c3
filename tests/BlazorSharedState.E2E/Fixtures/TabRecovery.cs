namespace BlazorSharedState.E2E.Fixtures;

/// <summary>What an open tab shows while the server is away, and how a test waits for it to be back.</summary>
public static class TabRecovery
{
    /// <summary>The calm notice the app shows while its server is away.</summary>
    public static ILocator Notice(this IPage tab) => tab.GetByTestId("reconnect-notice");

    /// <summary>The tab has noticed that the server is gone.</summary>
    public static Task ExpectAwayAsync(this IPage tab) =>
        Expect(tab.Notice(), "Waited for the reconnect notice once the server was gone").ToBeVisibleAsync(new() { Timeout = 15_000 });

    /// <summary>
    /// The tab is live again by itself (reconnected, or reloaded by its own script), without the test
    /// reloading or clicking anything: the notice is gone and only a live circuit renders "interactive".
    /// </summary>
    public static async Task ExpectBackAsync(this IPage tab)
    {
        await Expect(tab.Notice(), "Waited for the reconnect notice to go once the server was back")
            .ToBeHiddenAsync(new() { Timeout = 20_000 });
        await Expect(tab.GetByTestId("interactive"), "Waited for the tab to become interactive again after the restart")
            .ToBeAttachedAsync(new() { Timeout = 20_000 });
    }
}

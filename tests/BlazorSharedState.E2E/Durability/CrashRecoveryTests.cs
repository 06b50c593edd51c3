using System.Globalization;
using System.Text.Json;
using BlazorSharedState.E2E.Chat;
using BlazorSharedState.E2E.Fixtures;

namespace BlazorSharedState.E2E.Durability;

/// <summary>
/// kill -9 in the middle of real traffic from real pages: whatever a tab was shown as accepted is
/// in the log exactly once after the restart, the sequence goes on without a gap, and presence
/// starts empty because the tabs of the run before are gone.
/// </summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task WhenTheServerIsKilledMidTraffic_ThenEverythingAcceptedSurvivesOnceAndTheLogGoesOnWithoutAGap()
    {
        await using var app = await DurableApp.StartAsync();
        var alice = await app.NewUserAsync();
        var bob = await app.NewUserAsync();
        var chat = await alice.OpenAsync("chat/general");
        var counter = await bob.OpenAsync("counter");

        using var traffic = new CancellationTokenSource();
        var sending = KeepSendingAsync(chat, traffic.Token);
        var clicking = KeepClickingAsync(counter, traffic.Token);
        await WaitUntilAsync(async () => await chat.GetByTestId("chat-message").CountAsync() >= 6 && await CountAsync(counter) >= 20,
            "six messages and twenty clicks accepted before the kill");
        await app.Process.KillAsync();
        await traffic.CancelAsync();
        await Task.WhenAll(sending, clicking);

        // What the tabs were shown as accepted, read off their pages after the server died.
        var shownMessages = await MessagesAsync(chat);
        var shownCount = await CountAsync(counter);
        await alice.DisposeAsync();
        await bob.DisposeAsync();

        var beforeRestart = app.ReadLog();
        AssertGapFree(beforeRestart);
        foreach (var (sequence, text) in shownMessages)
        {
            var logged = Assert.Single(beforeRestart, row => row.Name == "SendMessage" && TextOf(row.Payload) == text);
            Assert.Equal(sequence, logged.Sequence);
        }

        var increments = beforeRestart.Count(row => row.Name == "IncrementCounter");
        Assert.True(increments >= shownCount, $"{increments} increments logged, but the tab showed {shownCount}");

        await app.Process.StartAsync();

        // Nobody's tab is back yet: the page a newcomer gets shows every message and nobody present.
        using var http = new HttpClient { BaseAddress = app.Process.BaseUrl };
        var prerendered = await http.GetStringAsync(new Uri("chat/general", UriKind.Relative));
        Assert.DoesNotContain("data-testid=\"presence-user\"", prerendered, StringComparison.Ordinal);
        Assert.All(shownMessages, message => Assert.Contains($"data-seq=\"{message.Sequence}\"", prerendered, StringComparison.Ordinal));

        await using var carol = await app.NewUserAsync();
        var carolChat = await carol.OpenAsync("chat/general");
        var carolCounter = await carol.OpenAsync("counter");
        await Expect(carolChat.Present(), "Only the one tab that is back is present").ToHaveCountAsync(1);
        var after = await MessagesAsync(carolChat);
        Assert.All(shownMessages, message => Assert.Single(after, m => m == message));
        Assert.Equal(increments, await CountAsync(carolCounter));

        await carolChat.SendAsync("after the restart");
        await Expect(carolChat.MessageTexts().Last, "Waited for a message sent after the restart").ToHaveTextAsync("after the restart");
        var afterRestart = app.ReadLog();
        AssertGapFree(afterRestart);
        Assert.Equal("ServerStarted", afterRestart[beforeRestart.Count].Name);
        Assert.Equal(beforeRestart, afterRestart.Take(beforeRestart.Count));
    }

    private static void AssertGapFree(List<(long Sequence, string Name, string Payload)> log) =>
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(row => row.Sequence));

    private static string? TextOf(string payload) => JsonDocument.Parse(payload).RootElement.GetProperty("Text").GetString();

    private static async Task<List<(long Sequence, string Text)>> MessagesAsync(IPage tab)
    {
        var rows = await tab.GetByTestId("chat-message").EvaluateAllAsync<string[][]>(
            "messages => messages.map(m => [m.dataset.seq, m.querySelector('[data-testid=chat-message-text]').textContent])");
        return [.. rows.Select(r => (long.Parse(r[0], CultureInfo.InvariantCulture), r[1]))];
    }

    private static async Task<int> CountAsync(IPage tab) =>
        int.Parse((await tab.GetByTestId("counter-value").TextContentAsync())!, CultureInfo.InvariantCulture);

    /// <summary>Sends numbered messages as fast as the page takes them; the flood limit refuses some, which is traffic too.</summary>
    private static async Task KeepSendingAsync(IPage tab, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            await UntilTheServerIsGoneAsync(() => tab.SendAsync($"message {i:D3}"));
            await Task.Delay(150, CancellationToken.None);
        }
    }

    private static async Task KeepClickingAsync(IPage tab, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await UntilTheServerIsGoneAsync(() => tab.GetByTestId("counter-increment").ClickAsync(new() { Timeout = 2_000 }));
        }
    }

    /// <summary>Once the server is killed, the page stops taking input; that ends the traffic, not the test.</summary>
    private static async Task UntilTheServerIsGoneAsync(Func<Task> act)
    {
        try
        {
            await act();
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            Assert.False(timeout.IsCancellationRequested, $"Timed out waiting for {what}");
            await Task.Delay(100, CancellationToken.None);
        }
    }
}

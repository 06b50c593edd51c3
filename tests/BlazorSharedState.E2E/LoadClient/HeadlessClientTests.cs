using System.Globalization;
using BlazorSharedState.E2E.Fixtures;
using BlazorSharedState.LoadTest.Client;
using BlazorSharedState.LoadTest.Rendering;

namespace BlazorSharedState.E2E.LoadClient;

/// <summary>
/// The headless load client against the real app on Kestrel: it speaks Blazor Server's wire
/// protocol as blazor.web.js does, and these tests fail the day an update of .NET changes it.
/// </summary>
public sealed class HeadlessClientTests : IAsyncLifetime
{
    private readonly AppServer _server = AppServer.WithoutBrowser();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task WhenOneClientClicksIncrement_ThenAnotherClientSeesTheNewCountInARenderBatch()
    {
        using var clicker = new HeadlessUser(_server.BaseUrl);
        using var watcher = new HeadlessUser(_server.BaseUrl);
        await using var clickerTab = await clicker.OpenAsync("/counter");
        await using var watcherTab = await watcher.OpenAsync("/counter");
        var expected = (int.Parse(watcherTab.TextOf("counter-value")!, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        var batchWithCount = new TaskCompletionSource<RenderBatch>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcherTab.BatchReceived += (_, batch) =>
        {
            if (batch.ReferenceFrames.Any(f => f.Type == FrameType.Text && f.Value == expected))
            {
                batchWithCount.TrySetResult(batch);
            }
        };

        await clickerTab.ClickAsync("counter-increment");

        await watcherTab.WaitForTextAsync("counter-value", expected);
        await clickerTab.WaitForTextAsync("counter-value", expected);
        Assert.True(batchWithCount.Task.IsCompleted, "The watcher's page changed without a render batch carrying the new count.");
        Assert.NotEqual(clickerTab.TextOf("me-name"), watcherTab.TextOf("me-name"));
        Assert.Null(clickerTab.Failure);
        Assert.Null(watcherTab.Failure);
    }

    [Fact]
    public async Task WhenAClientTypesAndSends_ThenAnotherSeesTheMessage_AndAClosedTabLeavesThePresenceList()
    {
        using var writer = new HeadlessUser(_server.BaseUrl);
        using var reader = new HeadlessUser(_server.BaseUrl);
        const string room = "/chat/random";
        await using var readerTab = await reader.OpenAsync(room);
        var writerTab = await writer.OpenAsync(room);
        await readerTab.WaitUntilAsync(page => page.FindAllByTestId("presence-user").Count == 2, "both users present");

        await writerTab.TypeAsync("chat-input", "hello without a browser");
        await writerTab.ClickAsync("chat-send");

        await readerTab.WaitUntilAsync(
            page => page.FindAllByTestId("chat-message-text").Any(m => m.TextContent == "hello without a browser"),
            "the writer's message in the reader's tab");
        await writerTab.WaitUntilAsync(page => page.FindByTestId("chat-input")?.Attributes.GetValueOrDefault("value") is null or "", "the sent text to leave the box");

        await writerTab.DisposeAsync();
        await readerTab.WaitUntilAsync(page => page.FindAllByTestId("presence-user").Count == 1, "the closed tab's user to leave the room");
    }
}

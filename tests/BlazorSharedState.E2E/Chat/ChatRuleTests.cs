using BlazorSharedState.E2E.Fixtures;
using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.E2E.Chat;

[Collection(AppCollection.Name)]
public sealed class ChatRuleTests(AppServer server)
{
    // Every change of the connection blazor.web.js reports (a drop shows, then retries, then hides).
    private const string RecordConnectionDrops = """
        () => {
            window.connectionStates = [];
            document.getElementById('components-reconnect-modal')
                .addEventListener('components-reconnect-state-changed', e => window.connectionStates.push(e.detail.state));
        }
        """;

    [Fact]
    public async Task WhenAMessageContainsAScriptTag_ThenEveryoneSeesItAsTextAndNothingRuns()
    {
        await using var scene = await ChatRoomScene.OpenAsync(server);
        var (aliceTab, bobTab) = (scene.AliceTab, scene.BobTab);
        var dialogs = 0;
        bobTab.Dialog += (_, dialog) => dialogs++;
        aliceTab.Dialog += (_, dialog) => dialogs++;

        await aliceTab.SendAsync("<script>alert(1)</script>");

        await ChatTabs.ExpectMessagesAsync(scene.BothTabs, "<script>alert(1)</script>");
        await Expect(bobTab.GetByTestId("chat-messages").Locator("script")).ToHaveCountAsync(0);
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task WhenAMessageHas1001Characters_ThenTheSenderSeesWhyAndNothingIsPosted()
    {
        await using var scene = await ChatRoomScene.OpenAsync(server);
        var (aliceTab, bobTab) = (scene.AliceTab, scene.BobTab);
        var tooLong = new string('x', 1001);

        await aliceTab.SendAsync(tooLong, withEnter: false);

        await Expect(aliceTab.GetByTestId("rejection")).ToHaveTextAsync("A message can be at most 1,000 characters; this one has 1,001.");
        await Expect(aliceTab.GetByTestId("chat-input")).ToHaveValueAsync(tooLong);
        await Expect(bobTab.GetByTestId("rejection")).ToHaveCountAsync(0);

        // Sending a fine message afterwards proves the long one was not merely slow to arrive.
        await aliceTab.SendAsync("short");
        await ChatTabs.ExpectMessagesAsync(scene.BothTabs, "short");
    }

    [Fact]
    public async Task WhenSomeonePastes40KilobytesIntoTheChatBox_ThenTheBoxCutsItTheReasonShowsAndTheTabStaysConnected()
    {
        await using var scene = await ChatRoomScene.OpenAsync(server);
        var aliceTab = scene.AliceTab;
        var input = aliceTab.GetByTestId("chat-input");
        await aliceTab.EvaluateAsync(RecordConnectionDrops);

        // One insertion of the whole text, as a paste is: the browser applies the box's maxlength to it.
        await input.FocusAsync();
        await aliceTab.Keyboard.InsertTextAsync(new string('x', 40 * 1024));
        await Expect(input).ToHaveValueAsync(new string('x', MessageText.MaxLength));
        await aliceTab.GetByTestId("chat-send").ClickAsync();

        await Expect(aliceTab.GetByTestId("rejection")).ToHaveTextAsync(
            "A message can be at most 1,000 characters; this one has 4,000.");
        await aliceTab.SendAsync("still here");
        await ChatTabs.ExpectMessagesAsync(scene.BothTabs, "still here");
        Assert.Empty(await aliceTab.EvaluateAsync<string[]>("window.connectionStates"));
    }

    [Fact]
    public async Task WhenIDeleteMyMessage_ThenEveryoneSeesItDeletedAndOthersCannotDeleteIt()
    {
        await using var scene = await ChatRoomScene.OpenAsync(server);
        var (aliceTab, bobTab) = (scene.AliceTab, scene.BobTab);
        await aliceTab.SendAsync("oops");
        await ChatTabs.ExpectMessagesAsync(scene.BothTabs, "oops");
        await Expect(bobTab.GetByTestId("chat-message-delete")).ToHaveCountAsync(0);

        await aliceTab.GetByTestId("chat-message").GetByTestId("chat-message-delete").ClickAsync();

        await ChatTabs.ExpectMessagesAsync(scene.BothTabs, "message deleted");
    }

    [Fact]
    public async Task WhenARoomNameIsBad_ThenTheReasonShowsAndNoRoomIsMade()
    {
        await using var alice = await server.NewUserAsync();
        var aliceTab = await alice.OpenAsync("chat");

        await aliceTab.GetByTestId("room-create-input").FillAsync("no spaces please");
        await aliceTab.GetByTestId("room-create").ClickAsync();

        await Expect(aliceTab.GetByTestId("rejection")).ToHaveTextAsync("A room name can only use letters a–z, digits and '-'.");
        await Expect(aliceTab.GetByTestId("room-create-input")).ToHaveValueAsync("no spaces please");
    }

    [Fact]
    public async Task WhenSomeoneTypesQuicklyIntoTheNameAndRoomBoxes_ThenEveryKeyArrives()
    {
        await using var alice = await server.NewUserAsync();
        var aliceTab = await alice.OpenAsync("chat");
        var name = aliceTab.GetByTestId("nickname-input");
        var room = aliceTab.GetByTestId("room-create-input");

        await name.FillAsync(string.Empty);
        await name.PressSequentiallyAsync("Alice the quick typist");
        await room.PressSequentiallyAsync("quick-brown-fox-jumps");

        await Expect(name).ToHaveValueAsync("Alice the quick typist");
        await Expect(room).ToHaveValueAsync("quick-brown-fox-jumps");
    }
}

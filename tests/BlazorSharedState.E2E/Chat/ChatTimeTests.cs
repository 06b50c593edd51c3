using System.Globalization;
using System.Text.RegularExpressions;
using BlazorSharedState.E2E.Fixtures;
using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.E2E.Chat;

[Collection(AppCollection.Name)]
public sealed class ChatTimeTests(AppServer server)
{
    [Fact]
    public async Task WhenPeopleInTwoTimeZonesReadOneMessage_ThenEachSeesItsTimeOnTheirOwnClock()
    {
        // Neither zone keeps daylight saving, and they are 3.5 hours apart: no date or minute makes them agree.
        await using var alice = await server.NewUserAsync("Asia/Tokyo");
        await using var bob = await server.NewUserAsync("Asia/Kolkata");
        var (aliceTab, room) = await alice.OpenNewRoomAsync(ChatTabs.NewPersonName("Alice"));
        var bobTab = await bob.OpenAsync($"chat/{room}");

        await aliceTab.SendAsync("what time is it?");
        await ChatTabs.ExpectMessagesAsync([aliceTab, bobTab], "what time is it?");

        // The server stamped the message once; each tab shows that instant in its viewer's zone.
        var sent = TimeOfTheOnlyMessageIn(room);
        await Expect(aliceTab.GetByTestId("chat-message-time")).ToHaveTextAsync(ClockIn("Asia/Tokyo", sent));
        await Expect(bobTab.GetByTestId("chat-message-time")).ToHaveTextAsync(ClockIn("Asia/Kolkata", sent));
    }

    [Fact]
    public async Task WhenSomeoneComesBack_ThenTheServerAlreadyRendersTheirTimesOnTheirClock()
    {
        await using var alice = await server.NewUserAsync("Asia/Tokyo");
        var (aliceTab, room) = await alice.OpenNewRoomAsync(ChatTabs.NewPersonName("Alice"));
        await aliceTab.SendAsync("before the reload");
        await ChatTabs.ExpectMessagesAsync([aliceTab], "before the reload");
        var sent = TimeOfTheOnlyMessageIn(room);

        // The page as the server prerenders it, before any script runs: the browser's cookies go along.
        var page = await (await alice.Context.APIRequest.GetAsync($"chat/{room}")).TextAsync();

        var shown = Regex.Match(page, "data-testid=\"chat-message-time\">([^<]*)<").Groups[1].Value;
        Assert.Equal(ClockIn("Asia/Tokyo", sent), shown);
    }

    private DateTimeOffset TimeOfTheOnlyMessageIn(string room) =>
        server.Services.GetRequiredService<SharedStore>().GetState<ChatState>().Rooms[room].Messages.Single().Time;

    private static string ClockIn(string zone, DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, TimeZoneInfo.FindSystemTimeZoneById(zone)).ToString("HH:mm", CultureInfo.InvariantCulture);
}

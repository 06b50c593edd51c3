using BlazorSharedState.Web.Features.Activity;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Profiles;
using BlazorSharedState.Web.Tests.Fixtures;

namespace BlazorSharedState.Web.Tests.Chat;

/// <summary>
/// Every text box stops typing and pasting where the server's rule stops, so an oversize paste is cut
/// by the browser instead of travelling to the server (where a message over the hub's limit would
/// drop the connection).
/// </summary>
public sealed class InputLimitTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public void WhenTheChatShows_ThenEachBoxHasTheMaxLengthOfItsRule()
    {
        var chat = _shared.OpenCircuit("alice").Render<ChatPage>(p => p.Add(c => c.Room, "general"));

        Assert.Equal($"{MessageText.MaxLength}", MaxLengthOf(chat, "chat-input"));
        Assert.Equal($"{Nickname.MaxLength}", MaxLengthOf(chat, "nickname-input"));
        Assert.Equal($"{RoomName.MaxLength}", MaxLengthOf(chat, "room-create-input"));
    }

    [Fact]
    public void WhenTheActivityFilterShows_ThenTheUserBoxTakesAtMostAName()
    {
        var filter = _shared.OpenCircuit("alice").Render<ActivityFilterBar>(p => p
            .Add(c => c.Filter, new ActivityFilter())
            .Add(c => c.Types, ["SendMessage"]));

        Assert.Equal($"{Nickname.MaxLength}", MaxLengthOf(filter, "activity-filter-user"));
    }

    private static string? MaxLengthOf<T>(IRenderedComponent<T> rendered, string testId)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        rendered.Find($"[data-testid={testId}] input, input[data-testid={testId}]").GetAttribute("maxlength");

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}

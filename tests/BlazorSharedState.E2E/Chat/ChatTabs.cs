using System.Text.RegularExpressions;
using BlazorSharedState.E2E.Fixtures;

namespace BlazorSharedState.E2E.Chat;

/// <summary>What a person does on the chat page, through the UI contract's test ids only.</summary>
internal static class ChatTabs
{
    /// <summary>A room name no other test uses: the server's store lives for the whole run.</summary>
    public static string NewRoomName() => $"e2e-{Guid.NewGuid():N}"[..16];

    /// <summary>
    /// A display name no other test uses, e.g. "Alice 3f2a": names are unique among users, and the
    /// server's store lives for the whole run.
    /// </summary>
    public static string NewPersonName(string first) => $"{first} {Guid.NewGuid():N}"[..(first.Length + 5)];

    /// <summary>Opens the chat as <paramref name="nickname"/> and creates a fresh room, which the tab then shows.</summary>
    public static async Task<(IPage Tab, string Room)> OpenNewRoomAsync(this AppUser user, string nickname)
    {
        var room = NewRoomName();
        var tab = await user.OpenAsync("chat");
        await tab.SetNicknameAsync(nickname);
        await tab.CreateRoomAsync(room);
        return (tab, room);
    }

    public static async Task CreateRoomAsync(this IPage tab, string room)
    {
        await tab.GetByTestId("room-create-input").FillAsync(room);
        await tab.GetByTestId("room-create").ClickAsync();
        await tab.ExpectRoomUrlAsync(room);
        await Expect(tab.GetByTestId("chat-input")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Polls the address: Blazor moves between rooms with pushState, which has no load event
    /// for <c>WaitForURLAsync</c> to wait for.
    /// </summary>
    public static Task ExpectRoomUrlAsync(this IPage tab, string room) =>
        Expect(tab).ToHaveURLAsync(new Regex($"/chat/{room}$"));

    public static async Task SetNicknameAsync(this IPage tab, string nickname)
    {
        await tab.GetByTestId("nickname-input").FillAsync(nickname);
        await tab.GetByTestId("nickname-save").ClickAsync();
        await Expect(tab.GetByTestId("me-name")).ToHaveTextAsync(nickname);
    }

    /// <summary>Types <paramref name="text"/> and sends it with Enter, or with the button.</summary>
    public static async Task SendAsync(this IPage tab, string text, bool withEnter = true)
    {
        var input = tab.GetByTestId("chat-input");
        await input.FillAsync(text);
        if (withEnter)
        {
            await input.PressAsync("Enter");
        }
        else
        {
            await tab.GetByTestId("chat-send").ClickAsync();
        }
    }

    public static ILocator MessageTexts(this IPage tab) => tab.GetByTestId("chat-message-text");

    public static ILocator Unread(this IPage tab, string room) =>
        tab.GetByTestId($"room-link-{room}").GetByTestId($"unread-{room}");

    public static ILocator Present(this IPage tab) => tab.GetByTestId("presence-user");

    /// <summary>Every tab shows exactly <paramref name="texts"/>, in order.</summary>
    public static async Task ExpectMessagesAsync(IEnumerable<IPage> tabs, params string[] texts)
    {
        foreach (var tab in tabs)
        {
            await Expect(tab.MessageTexts()).ToHaveTextAsync(texts);
        }
    }

    /// <summary>Every tab shows exactly these people (display names) as present, in any order.</summary>
    public static async Task ExpectPresentAsync(IEnumerable<IPage> tabs, params string[] names)
    {
        foreach (var tab in tabs)
        {
            await Expect(tab.Present()).ToHaveCountAsync(names.Length);
            foreach (var name in names)
            {
                await Expect(tab.Locator($"[data-testid=presence-user][data-user='{name}']")).ToHaveCountAsync(1);
            }
        }
    }
}

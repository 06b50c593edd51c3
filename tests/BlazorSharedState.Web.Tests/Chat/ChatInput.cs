using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace BlazorSharedState.Web.Tests.Chat;

/// <summary>Types and clicks like a person, on the tab's own dispatcher so no render slips in between find and fire.</summary>
internal static class ChatInput
{
    public static Task TypeAsync<T>(this IRenderedComponent<T> tab, string testId, string text)
        where T : IComponent =>
        tab.InvokeAsync(() => tab.Find($"[data-testid={testId}]").Input(text));

    public static Task PressEnterAsync<T>(this IRenderedComponent<T> tab, string testId)
        where T : IComponent =>
        tab.InvokeAsync(() => tab.Find($"[data-testid={testId}]").KeyDown(new KeyboardEventArgs { Key = "Enter" }));

    public static Task ClickAsync<T>(this IRenderedComponent<T> tab, string selector)
        where T : IComponent =>
        tab.InvokeAsync(() => tab.Find(selector).Click());

    public static string[] TextsOf<T>(this IRenderedComponent<T> tab, string testId)
        where T : IComponent =>
        [.. tab.FindAll($"[data-testid={testId}]").Select(e => e.TextContent.Trim())];

    public static string[] AttributesOf<T>(this IRenderedComponent<T> tab, string testId, string attribute)
        where T : IComponent =>
        [.. tab.FindAll($"[data-testid={testId}]").Select(e => e.GetAttribute(attribute) ?? string.Empty)];
}

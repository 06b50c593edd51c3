using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>
/// A message's name line and text as one piece of encoded markup, built once and shared by every
/// tab that shows the message alike. As elements, each row would be a dozen frames in every tab's
/// render tree, kept twice (the current and the next render); as shared markup it is one frame
/// pointing at one string, however many tabs show it. Text is HTML-encoded: never rendered as markup.
/// </summary>
public static class ChatMessageMarkup
{
    private static readonly ConditionalWeakTable<ChatMessage, Shown> Built = new();

    /// <summary>
    /// The markup for <paramref name="message"/> by <paramref name="author"/> at <paramref name="time"/>;
    /// the last one built for the message is reused while the name, time and deletion match.
    /// </summary>
    public static MarkupString Of(ChatMessage message, string author, string time, bool deleted)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Built.TryGetValue(message, out var shown) && shown.Author == author && shown.Time == time && shown.Deleted == deleted)
        {
            return shown.Markup;
        }

        shown = new Shown(author, time, deleted, Build(message.Text, author, time, deleted));
        Built.AddOrUpdate(message, shown);
        return shown.Markup;
    }

    private static MarkupString Build(string text, string author, string time, bool deleted)
    {
        var html = HtmlEncoder.Default;
        var body = deleted
            ? "<p data-testid=\"chat-message-text\" class=\"msg-text msg-deleted\">message deleted</p>"
            : $"<p data-testid=\"chat-message-text\" class=\"msg-text\">{html.Encode(text)}</p>";
        return new MarkupString(
            $"<div class=\"msg-head\"><span class=\"msg-author\">{html.Encode(author)}</span>" +
            $"<span class=\"msg-time\" data-testid=\"chat-message-time\">{html.Encode(time)}</span></div>{body}");
    }

    private sealed record Shown(string Author, string Time, bool Deleted, MarkupString Markup);
}

using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using BlazorSharedState.Web.Components.Time;
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

    /// <summary>The clock format of a message's time.</summary>
    public const string TimeFormat = "HH:mm";

    /// <summary>
    /// The markup for <paramref name="message"/> by <paramref name="author"/>, its time on
    /// <paramref name="zone"/>'s clock. The last one built for the message is reused while the
    /// name, zone and deletion match, so a tab re-rendering its list formats no times.
    /// </summary>
    public static MarkupString Of(ChatMessage message, string author, ViewerTimeZone zone, bool deleted)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(zone);
        if (Built.TryGetValue(message, out var shown)
            && string.Equals(shown.Author, author, StringComparison.Ordinal)
            && string.Equals(shown.ZoneId, zone.Zone.Id, StringComparison.Ordinal)
            && shown.Deleted == deleted)
        {
            return shown.Markup;
        }

        shown = new Shown(author, zone.Zone.Id, deleted, Build(message.Text, author, zone.Format(message.Time, TimeFormat), deleted));
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

    private sealed record Shown(string Author, string ZoneId, bool Deleted, MarkupString Markup);
}

using BlazorSharedState.Web.Components.Time;
using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Web.Tests.Chat;

public sealed class ChatMessageMarkupTests
{
    private static readonly ChatMessage Message = new(7, "general", "alice", new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero), "<b>hi</b> & \"bye\"", IsDeleted: false);

    private static readonly ViewerTimeZone Utc = ViewerTimeZone.FromBrowser("Etc/UTC");

    private static readonly ViewerTimeZone Berlin = ViewerTimeZone.FromBrowser("Europe/Berlin");

    [Fact]
    public void TextAndNamesAreEncoded_NeverMarkup()
    {
        var markup = ChatMessageMarkup.Of(Message, "<i>Alice</i>", Utc, deleted: false).Value;

        Assert.Contains("&lt;b&gt;hi&lt;/b&gt; &amp; &quot;bye&quot;", markup, StringComparison.Ordinal);
        Assert.Contains("&lt;i&gt;Alice&lt;/i&gt;", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TabsThatShowAMessageAlikeShareOneString()
    {
        var first = ChatMessageMarkup.Of(Message, "Alice", Utc, deleted: false).Value;
        var second = ChatMessageMarkup.Of(Message, "Alice", ViewerTimeZone.FromBrowser("Etc/UTC"), deleted: false).Value;

        Assert.Same(first, second);
    }

    [Fact]
    public void ANewNameZoneOrDeletionBuildsNewMarkup()
    {
        var shown = ChatMessageMarkup.Of(Message, "Alice", Utc, deleted: false).Value;
        Assert.Contains(">10:00<", shown, StringComparison.Ordinal);

        Assert.Contains("Alicia", ChatMessageMarkup.Of(Message, "Alicia", Utc, deleted: false).Value, StringComparison.Ordinal);
        Assert.Contains(">11:00<", ChatMessageMarkup.Of(Message, "Alicia", Berlin, deleted: false).Value, StringComparison.Ordinal);
        var deleted = ChatMessageMarkup.Of(Message, "Alicia", Berlin, deleted: true).Value;
        Assert.Contains("message deleted", deleted, StringComparison.Ordinal);
        Assert.DoesNotContain("bye", deleted, StringComparison.Ordinal);
        Assert.NotSame(shown, deleted);
    }
}

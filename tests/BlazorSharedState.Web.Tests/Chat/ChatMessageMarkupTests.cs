using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Web.Tests.Chat;

public sealed class ChatMessageMarkupTests
{
    private static readonly ChatMessage Message = new(7, "general", "alice", DateTimeOffset.UnixEpoch, "<b>hi</b> & \"bye\"", IsDeleted: false);

    [Fact]
    public void TextAndNamesAreEncoded_NeverMarkup()
    {
        var markup = ChatMessageMarkup.Of(Message, "<i>Alice</i>", "10:00", deleted: false).Value;

        Assert.Contains("&lt;b&gt;hi&lt;/b&gt; &amp; &quot;bye&quot;", markup, StringComparison.Ordinal);
        Assert.Contains("&lt;i&gt;Alice&lt;/i&gt;", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TabsThatShowAMessageAlikeShareOneString()
    {
        var first = ChatMessageMarkup.Of(Message, "Alice", "10:00", deleted: false).Value;
        var second = ChatMessageMarkup.Of(Message, "Alice", "10:00", deleted: false).Value;

        Assert.Same(first, second);
    }

    [Fact]
    public void ANewNameTimeOrDeletionBuildsNewMarkup()
    {
        var shown = ChatMessageMarkup.Of(Message, "Alice", "10:00", deleted: false).Value;

        Assert.Contains("Alicia", ChatMessageMarkup.Of(Message, "Alicia", "10:00", deleted: false).Value, StringComparison.Ordinal);
        Assert.Contains("11:00", ChatMessageMarkup.Of(Message, "Alicia", "11:00", deleted: false).Value, StringComparison.Ordinal);
        var deleted = ChatMessageMarkup.Of(Message, "Alicia", "11:00", deleted: true).Value;
        Assert.Contains("message deleted", deleted, StringComparison.Ordinal);
        Assert.DoesNotContain("bye", deleted, StringComparison.Ordinal);
        Assert.NotSame(shown, deleted);
    }
}

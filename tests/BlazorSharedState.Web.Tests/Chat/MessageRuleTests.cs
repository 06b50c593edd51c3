using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Web.Tests.Chat;

public sealed class MessageRuleTests
{
    private readonly ChatTimeline _chat = new();

    [Fact]
    public void WhenAMessageIsSent_ThenAuthorTimeAndSequenceComeFromTheMetaAndTheTextIsTrimmed()
    {
        _chat.At(7).Send("alice", "general", "  hello \n world  ");

        var message = _chat.Last("general");
        Assert.Equal(new ChatMessage(1, "general", "alice", ChatTimeline.Start.AddSeconds(7), "hello \n world", IsDeleted: false), message);
    }

    [Fact]
    public void WhenAMessageGoesToAMissingRoom_ThenItIsRejected() =>
        Assert.Equal("There is no room called 'nowhere'.", _chat.Send("alice", "nowhere", "hi").Reason);

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void WhenAMessageIsBlank_ThenItIsRejected(string text) =>
        Assert.Equal("Write something before sending.", _chat.Send("alice", "general", text).Reason);

    [Fact]
    public void WhenAMessageHas1000CharactersAfterTrimming_ThenItIsPosted()
    {
        Assert.True(_chat.Send("alice", "general", $"  {new string('a', 1000)}  ").IsAllowed);

        Assert.Equal(1000, _chat.Last("general").Text.Length);
    }

    [Fact]
    public void WhenAMessageHas1001Characters_ThenItIsRejectedAndNothingIsPosted()
    {
        Assert.Equal("A message can be at most 1,000 characters; this one has 1,001.", _chat.Send("alice", "general", new string('a', 1001)).Reason);

        Assert.Empty(_chat.State.Rooms["general"].Messages);
    }

    [Fact]
    public void WhenAMessageHas1000EmojiOfTwoUnitsEach_ThenItCountsWhatTheReaderSeesAndIsPosted()
    {
        var emoji = string.Concat(Enumerable.Repeat("\uD83D\uDE00", 1000));

        Assert.True(_chat.Send("alice", "general", emoji).IsAllowed);
    }

    [Fact]
    public void WhenAMessageIsTypedDecomposed_ThenItIsStoredComposed()
    {
        _chat.Send("alice", "general", "cafe\u0301");

        Assert.Equal("caf\u00E9", _chat.Last("general").Text);
    }

    [Theory]
    [InlineData("\u200B\u200B\u200B", "A message can't contain invisible formatting characters (here U+200B).")]
    [InlineData("\u202Eevil", "A message can't contain direction controls (such as U+202E): they make text read differently from what it says.")]
    [InlineData("\u3164", "A message needs at least one visible character.")]
    public void WhenAMessageHidesWhatItSays_ThenItIsRejectedAndNothingIsPosted(string text, string reason)
    {
        Assert.Equal(reason, _chat.Send("alice", "general", text).Reason);

        Assert.Empty(_chat.State.Rooms["general"].Messages);
    }

    [Theory]
    [InlineData("tab\there")]
    [InlineData("bell\u0007")]
    [InlineData("null\0")]
    [InlineData("cr\ronly")]
    public void WhenAMessageHasControlCharacters_ThenItIsRejected(string text) =>
        Assert.Equal("A message can't contain control characters (line breaks are fine).", _chat.Send("alice", "general", text).Reason);

    [Fact]
    public void WhenAMessageHasLineBreaks_ThenTheyAreKeptAsNewlines()
    {
        _chat.Send("alice", "general", "one\r\ntwo\nthree");

        Assert.Equal("one\ntwo\nthree", _chat.Last("general").Text);
    }

    [Fact]
    public void WhenAMessageHasMarkup_ThenItIsStoredVerbatim()
    {
        _chat.Send("alice", "general", "<script>alert(1)</script>");

        Assert.Equal("<script>alert(1)</script>", _chat.Last("general").Text);
    }

    [Fact]
    public void WhenARoomPassesItsLimit_ThenTheOldestMessageFallsOff()
    {
        for (var i = 1; i <= ChatState.MaxMessagesPerRoom + 1; i++)
        {
            Assert.True(_chat.At(i).Send("alice", "general", $"message {i}").IsAllowed);
        }

        var messages = _chat.State.Rooms["general"].Messages;
        Assert.Equal(ChatState.MaxMessagesPerRoom, messages.Count);
        Assert.Equal("message 2", messages[0].Text);
        Assert.Equal("message 501", messages[^1].Text);
    }
}

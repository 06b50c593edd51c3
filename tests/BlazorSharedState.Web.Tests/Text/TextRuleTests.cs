using BlazorSharedState.Web.Text;

namespace BlazorSharedState.Web.Tests.Text;

/// <summary>The rules every typed text shares; names and messages each add their own on top.</summary>
public sealed class TextRuleTests
{
    private static readonly TextRule Subject = new("It", "It's empty.", MaxCharacters: 10, MaxLength: 40, AllowsLineBreaks: false);

    [Theory]
    [InlineData("e\u0301", "\u00E9")]                // e + combining acute is stored as é
    [InlineData("\u212B", "\u00C5")]                 // the Ångström sign is stored as the letter Å
    [InlineData("  one\r\ntwo  ", "one\ntwo")]
    public void WhenTextIsNormalized_ThenItIsTheTrimmedComposedForm(string typed, string stored) =>
        Assert.Equal(stored, TypedText.Normalize(typed));

    [Fact]
    public void WhenTextHasALoneSurrogate_ThenNormalizingKeepsItAndTheRuleRefusesIt()
    {
        Assert.Equal("a\uD800", TypedText.Normalize(" a\uD800 "));

        Assert.Equal("It contains a broken character.", Subject.Problem("a\uD800"));
    }

    [Theory]
    [InlineData("abcdefghij")]                                            // 10 characters
    [InlineData("\uD83D\uDC69\u200D\uD83D\uDCBB")]                         // 👩‍💻: the joiner inside an emoji sequence is kept
    [InlineData("\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08")]                   // 🏳️‍🌈: after a presentation selector too
    [InlineData("\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB")]             // 👩🏽‍💻: after a skin tone
    [InlineData("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")]       // Persian می‌خواهم: a non-joiner between letters
    [InlineData("\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F")] // England's flag: tags after 🏴
    [InlineData("x\u0301\u0302\u0303\u0304")]                              // four marks on one letter (x has no composed forms)
    public void WhenTextFollowsTheRules_ThenItHasNoProblem(string text) =>
        Assert.Null(Subject.Problem(text));

    [Theory]
    [InlineData("   ", "It's empty.")]
    [InlineData("abcdefghijk", "It can be at most 10 characters; this one has 11.")]
    [InlineData("bad\u0007", "It can't contain control characters.")]
    [InlineData("two\nlines", "It can't contain control characters.")]
    [InlineData("\u202Enimda", "It can't contain direction controls (such as U+202E): they make text read differently from what it says.")]
    [InlineData("a\u2066b", "It can't contain direction controls (such as U+202E): they make text read differently from what it says.")]
    [InlineData("a\u200Fb", "It can't contain direction controls (such as U+202E): they make text read differently from what it says.")]
    [InlineData("a\u061Cb", "It can't contain direction controls (such as U+202E): they make text read differently from what it says.")]
    [InlineData("\u200B\u200B", "It can't contain invisible formatting characters (here U+200B).")]
    [InlineData("ad\u00ADmin", "It can't contain invisible formatting characters (here U+00AD).")]
    [InlineData("\u200D", "It can't contain invisible formatting characters (here U+200D).")]
    [InlineData("a\u200D", "It can't contain invisible formatting characters (here U+200D).")]
    [InlineData("\uFEFFhi", "It can't contain invisible formatting characters (here U+FEFF).")]
    [InlineData("x\u0301\u0302\u0303\u0304\u0305", "It can't stack more than 4 accents or marks on one character.")]
    [InlineData("\u3164\u3164", "It needs at least one visible character.")]
    [InlineData("\u0301", "It needs at least one visible character.")]
    public void WhenTextBreaksARule_ThenTheProblemSaysWhich(string text, string problem) =>
        Assert.Equal(problem, Subject.Problem(text));

    [Fact]
    public void WhenOneVisibleCharacterCarriesThousandsOfMarks_ThenTheStoredLengthRefusesIt()
    {
        var zalgo = "Z" + new string('\u0301', 6000);

        Assert.Equal(
            "It is too long to keep: at most 40 units of text, and an emoji or accented letter can take several.",
            Subject.Problem(zalgo));
    }

    [Fact]
    public void WhenLineBreaksAreAllowed_ThenANewlineIsFineButOtherControlsAreNot()
    {
        var lines = Subject with { AllowsLineBreaks = true };

        Assert.Null(lines.Problem("one\ntwo"));
        Assert.Equal("It can't contain control characters (line breaks are fine).", lines.Problem("tab\there"));
    }
}

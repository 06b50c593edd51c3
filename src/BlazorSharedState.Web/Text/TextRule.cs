using System.Globalization;
using System.Text;

namespace BlazorSharedState.Web.Text;

/// <summary>
/// The rules all typed text shares, names and messages alike: a size a reader sees and a size
/// the server stores, and nothing hidden that makes the text read differently from what it is.
/// Checked on the <see cref="TypedText.Normalize"/>d form, which is the form stored.
/// </summary>
/// <param name="Subject">How reasons name the text, e.g. "Your name" or "A message".</param>
/// <param name="EmptyReason">The reason given for text with nothing in it.</param>
/// <param name="MaxCharacters">Most characters a reader sees: an emoji or an accented letter counts once.</param>
/// <param name="MaxLength">
/// Most UTF-16 code units stored, the unit a browser's <c>maxlength</c> counts. Without it one
/// visible character could carry thousands of marks (and every reader would download them).
/// </param>
/// <param name="AllowsLineBreaks">Whether the text may hold '\n'.</param>
public sealed record TextRule(string Subject, string EmptyReason, int MaxCharacters, int MaxLength, bool AllowsLineBreaks)
{
    /// <summary>
    /// Most combining marks in a row: Vietnamese stacks two, Hebrew with cantillation or Tibetan
    /// a few more; beyond that it is "Zalgo" text that spills over the lines around it.
    /// </summary>
    public const int MaxMarksInARow = 4;

    /// <summary>Why <paramref name="text"/> breaks the rule, or null when it is fine.</summary>
    public string? Problem(string? text)
    {
        var value = TypedText.Normalize(text);
        if (value.Length == 0)
        {
            return EmptyReason;
        }

        if (!TypedText.IsWellFormed(value))
        {
            return $"{Subject} contains a broken character.";
        }

        if (value.Length > MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{Subject} is too long to keep: at most {MaxLength:N0} units of text, and an emoji or accented letter can take several.");
        }

        var characters = new StringInfo(value).LengthInTextElements;
        return characters > MaxCharacters
            ? string.Create(CultureInfo.InvariantCulture, $"{Subject} can be at most {MaxCharacters:N0} characters; this one has {characters:N0}.")
            : CharacterProblem(value);
    }

    private string? CharacterProblem(string value)
    {
        var runes = value.EnumerateRunes().ToArray();
        var marksInARow = 0;
        var visible = false;
        for (var i = 0; i < runes.Length; i++)
        {
            var rune = runes[i];
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.Control && !(AllowsLineBreaks && rune.Value == '\n'))
            {
                return $"{Subject} can't contain control characters{(AllowsLineBreaks ? " (line breaks are fine)" : string.Empty)}.";
            }

            if (CharacterKinds.IsDirectionControl(rune))
            {
                return $"{Subject} can't contain direction controls (such as U+202E): they make text read differently from what it says.";
            }

            if (category == UnicodeCategory.Format && !CharacterKinds.IsNeededFormat(runes, i))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{Subject} can't contain invisible formatting characters (here U+{rune.Value:X4}).");
            }

            marksInARow = CharacterKinds.IsMark(category) ? marksInARow + 1 : 0;
            if (marksInARow > MaxMarksInARow)
            {
                return $"{Subject} can't stack more than {MaxMarksInARow} accents or marks on one character.";
            }

            visible |= CharacterKinds.IsVisible(rune, category);
        }

        return visible ? null : $"{Subject} needs at least one visible character.";
    }
}

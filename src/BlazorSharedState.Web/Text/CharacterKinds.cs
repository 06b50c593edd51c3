using System.Globalization;
using System.Text;

namespace BlazorSharedState.Web.Text;

/// <summary>The kinds of characters that <see cref="TextRule"/> treats specially.</summary>
internal static class CharacterKinds
{
    private const int ZeroWidthNonJoiner = 0x200C;
    private const int ZeroWidthJoiner = 0x200D;
    private const int VariationSelector16 = 0xFE0F;
    private const int BlackFlag = 0x1F3F4;

    /// <summary>
    /// Controls that reorder text: U+202E makes "\u202Enimda" show as "admin". Unicode's bidi
    /// embeddings and overrides, isolates, and the left-to-right, right-to-left and Arabic marks.
    /// </summary>
    public static bool IsDirectionControl(Rune rune) =>
        rune.Value is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x200E or 0x200F or 0x061C;

    public static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>The joiners that <see cref="IsNeededFormat"/> may keep; names compare without them.</summary>
    public static bool IsJoiner(char c) => c is (char)ZeroWidthNonJoiner or (char)ZeroWidthJoiner;

    /// <summary>
    /// Whether the format character at <paramref name="index"/> does a job a writer needs, so it is
    /// kept rather than refused. Format characters are otherwise invisible and only good for making
    /// two texts look alike, but three have real work:
    /// - the zero-width joiner inside an emoji sequence (👩‍💻 is 👩 + ZWJ + 💻; without it, two emoji);
    /// - both joiners after a letter or its marks and before a letter, where Persian and the Indic
    ///   scripts use them to choose a letter's shape (Persian writes "می‌خواهم" with a non-joiner);
    /// - tag characters after 🏴, which spell subdivision flags such as England's.
    /// Anywhere else, e.g. leading, trailing or alone, they would only hide something.
    /// </summary>
    public static bool IsNeededFormat(IReadOnlyList<Rune> runes, int index)
    {
        var rune = runes[index];
        var before = index > 0 ? runes[index - 1] : (Rune?)null;
        var after = index + 1 < runes.Count ? runes[index + 1] : (Rune?)null;
        return rune.Value switch
        {
            ZeroWidthJoiner when IsEmojiBefore(before) && IsCategory(after, UnicodeCategory.OtherSymbol) => true,
            ZeroWidthJoiner or ZeroWidthNonJoiner => IsLetterOrMark(before) && IsLetter(after),
            >= 0xE0020 and <= 0xE007F => before is { } tagged && (tagged.Value == BlackFlag || tagged.Value is >= 0xE0020 and <= 0xE007F),
            _ => false,
        };
    }

    /// <summary>
    /// Whether a reader sees something for <paramref name="rune"/>. Besides spaces, marks and format
    /// characters, some letters and symbols draw nothing: the Hangul fillers and the blank Braille
    /// pattern, favourites for names that look empty.
    /// </summary>
    public static bool IsVisible(Rune rune, UnicodeCategory category) =>
        category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
        && !IsMark(category)
        && rune.Value is not (0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800);

    // An emoji, possibly with its presentation selector or skin tone, ends where a ZWJ may follow.
    private static bool IsEmojiBefore(Rune? rune) =>
        rune is { } r && (r.Value == VariationSelector16 || Rune.GetUnicodeCategory(r) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol);

    private static bool IsLetter(Rune? rune) => rune is { } r && Rune.IsLetter(r);

    private static bool IsLetterOrMark(Rune? rune) => rune is { } r && (Rune.IsLetter(r) || IsMark(Rune.GetUnicodeCategory(r)));

    private static bool IsCategory(Rune? rune, UnicodeCategory category) => rune is { } r && Rune.GetUnicodeCategory(r) == category;
}

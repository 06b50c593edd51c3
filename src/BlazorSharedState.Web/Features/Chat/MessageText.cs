using BlazorSharedState.Web.Text;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>The rules for a message: the shared <see cref="TextRule"/>s, 1 to 1,000 characters, line breaks allowed.</summary>
public static class MessageText
{
    /// <summary>Most characters a reader sees.</summary>
    public const int MaxCharacters = 1000;

    /// <summary>Most UTF-16 code units kept; the chat box's <c>maxlength</c>.</summary>
    public const int MaxLength = 4000;

    public static TextRule Rule { get; } = new("A message", "Write something before sending.", MaxCharacters, MaxLength, AllowsLineBreaks: true);

    /// <summary>The text as it will be stored.</summary>
    public static string Normalize(string? text) => TypedText.Normalize(text);

    /// <summary>Why <paramref name="text"/> can't be sent, or null when it can.</summary>
    public static string? Problem(string? text) => Rule.Problem(text);
}

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>The rules for a message: trimmed, 1 to 1,000 characters, no control characters but newlines.</summary>
public static class MessageText
{
    public const int MaxLength = 1000;

    /// <summary>The text as it will be stored.</summary>
    public static string Normalize(string? text) => (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    /// <summary>Why <paramref name="text"/> can't be sent, or null when it can.</summary>
    public static string? Problem(string? text)
    {
        var message = Normalize(text);
        if (message.Length == 0)
        {
            return "Write something before sending.";
        }

        if (message.Length > MaxLength)
        {
            return $"A message can be at most {MaxLength:N0} characters; this one has {message.Length:N0}.";
        }

        return message.Any(c => char.IsControl(c) && c != '\n')
            ? "A message can't contain control characters (line breaks are fine)."
            : null;
    }
}

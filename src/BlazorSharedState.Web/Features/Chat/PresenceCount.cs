using System.Globalization;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>
/// How many people a presence list says are here: exact below 100, then to two significant figures
/// with a plus (1,234 → "1,200+"). A crowd arriving changes the shown count a few dozen times
/// instead of once per arrival, so a room of thousands doesn't re-render every tab for everyone who comes.
/// </summary>
public static class PresenceCount
{
    /// <summary>Counts from here on are shown to two significant figures.</summary>
    public const int ExactBelow = 100;

    /// <summary><paramref name="count"/> as shown: exact below <see cref="ExactBelow"/>, else rounded down to two significant figures.</summary>
    public static int Rounded(int count)
    {
        if (count < ExactBelow)
        {
            return count;
        }

        var step = 1;
        while (count / step >= 100)
        {
            step *= 10;
        }

        return count / step * step;
    }

    /// <summary>The text for <paramref name="count"/>: "42", or "1,200+".</summary>
    public static string Shown(int count) =>
        Rounded(count).ToString("N0", CultureInfo.InvariantCulture) + (count < ExactBelow ? string.Empty : "+");
}

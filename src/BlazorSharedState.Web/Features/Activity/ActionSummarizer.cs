using System.Text;
using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Activity;

/// <summary>
/// Every action's line on <c>/activity</c>: its feature's <see cref="IActionSummaries"/> when one
/// describes it, else its payload as compact JSON, so a new action is never
/// missing from the page; either way one line of at most <see cref="MaxLength"/> characters.
/// </summary>
public sealed class ActionSummarizer(IEnumerable<IActionSummaries> features, ActionLogCodec codec)
{
    /// <summary>The longest line shown; longer ones end in an ellipsis (the details show everything).</summary>
    public const int MaxLength = 120;

    private readonly IActionSummaries[] _features = [.. features];

    /// <summary>The summary of <paramref name="action"/>, cut to one line.</summary>
    public ActionSummary Summarize(object action, ActionMeta meta)
    {
        ArgumentNullException.ThrowIfNull(action);
        foreach (var feature in _features)
        {
            if (feature.Summarize(action, meta) is { } summary)
            {
                return summary with { Text = OneLine(summary.Text) };
            }
        }

        return new ActionSummary(OneLine(PayloadJson.OneLine(codec.Write(action).Payload)));
    }

    /// <summary>
    /// Line breaks and other runs of white space become one space (a message may span lines), and
    /// a long text is cut at <see cref="MaxLength"/>, never inside a surrogate pair.
    /// </summary>
    private static string OneLine(string text)
    {
        var line = new StringBuilder(Math.Min(text.Length, MaxLength + 1));
        foreach (var c in text.AsSpan().Trim())
        {
            var space = char.IsWhiteSpace(c) || char.IsControl(c);
            if (space && line.Length > 0 && line[^1] == ' ')
            {
                continue;
            }

            if (line.Length == MaxLength)
            {
                var cut = char.IsHighSurrogate(line[^2]) ? MaxLength - 2 : MaxLength - 1;
                return line.ToString(0, cut).TrimEnd() + "…";
            }

            line.Append(space ? ' ' : c);
        }

        return line.ToString();
    }
}

using System.Net;
using System.Text.RegularExpressions;

namespace BlazorSharedState.LoadTest.Rendering;

/// <summary>
/// Reads the static markup blocks Razor compiles literal HTML into (a <c>&lt;span
/// data-testid="interactive" hidden&gt;</c> arrives as markup, not as element frames), enough to
/// find elements, attributes and text in them. Razor's markup is well-formed; this is no HTML5 parser.
/// </summary>
internal static partial class MarkupParser
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    public static IEnumerable<RenderedNode> Parse(string markup)
    {
        var root = new RenderedContainer();
        RenderedNode current = root;
        foreach (Match token in Token().Matches(markup))
        {
            if (token.Groups["text"].Success)
            {
                current.Insert(current.Children.Count, new RenderedText(WebUtility.HtmlDecode(token.Value)));
            }
            else if (token.Groups["close"].Success)
            {
                // Climb to the matching element; a stray closing tag is ignored.
                for (var open = current; open != root; open = open.Parent!)
                {
                    if (open is RenderedElement e && e.Name.Equals(token.Groups["close"].Value, StringComparison.OrdinalIgnoreCase))
                    {
                        current = open.Parent!;
                        break;
                    }
                }
            }
            else if (token.Groups["open"].Success)
            {
                var element = new RenderedElement(token.Groups["open"].Value.ToLowerInvariant());
                foreach (Match attribute in Attribute().Matches(token.Groups["attributes"].Value))
                {
                    var value = attribute.Groups["value"].Success ? attribute.Groups["value"].Value : string.Empty;
                    element.Attributes[attribute.Groups["name"].Value] = WebUtility.HtmlDecode(value);
                }

                current.Insert(current.Children.Count, element);
                if (!token.Groups["selfclosing"].Success && !VoidElements.Contains(element.Name))
                {
                    current = element;
                }
            }
        }

        var nodes = root.Children.ToList();
        root.Children.Clear();
        return nodes;
    }

    [GeneratedRegex(@"<!--.*?-->|</(?<close>[\w:-]+)\s*>|<(?<open>[\w:-]+)(?<attributes>(?:\s+[^\s=/>]+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s>]+))?)*)\s*(?<selfclosing>/)?>|(?<text>[^<]+)", RegexOptions.Singleline)]
    private static partial Regex Token();

    [GeneratedRegex(@"(?<name>[^\s=/>]+)(?:\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+)))?")]
    private static partial Regex Attribute();
}

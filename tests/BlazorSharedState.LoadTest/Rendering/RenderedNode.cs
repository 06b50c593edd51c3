using System.Text;

namespace BlazorSharedState.LoadTest.Rendering;

/// <summary>
/// A node of the page as the browser's logical DOM holds it: components and markup blocks are
/// containers whose children count as one child of their parent, as Blazor's diffs expect.
/// </summary>
internal abstract class RenderedNode
{
    public RenderedNode? Parent { get; set; }

    public List<RenderedNode> Children { get; } = [];

    /// <summary>The text of this node and everything under it, as <c>textContent</c> would read it.</summary>
    public string TextContent
    {
        get
        {
            var text = new StringBuilder();
            AppendText(text);
            return text.ToString();
        }
    }

    public IEnumerable<RenderedNode> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            foreach (var descendant in child.Descendants())
            {
                yield return descendant;
            }
        }
    }

    public void Insert(int index, RenderedNode child)
    {
        child.Parent = this;
        Children.Insert(index, child);
    }

    protected virtual void AppendText(StringBuilder text)
    {
        foreach (var child in Children)
        {
            child.AppendText(text);
        }
    }
}

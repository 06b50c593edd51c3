namespace BlazorSharedState.LoadTest.Rendering;

/// <summary>
/// A component's place in the page, or a block of static markup (its elements and text parsed
/// into children; nothing in it has event handlers).
/// </summary>
internal sealed class RenderedContainer : RenderedNode
{
    public static RenderedContainer ForMarkup(string? markup)
    {
        var container = new RenderedContainer();
        foreach (var node in MarkupParser.Parse(markup ?? string.Empty))
        {
            container.Insert(container.Children.Count, node);
        }

        return container;
    }
}

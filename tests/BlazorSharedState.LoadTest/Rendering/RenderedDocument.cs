namespace BlazorSharedState.LoadTest.Rendering;

/// <summary>
/// The page a headless tab shows: the root components the server attached, with every render
/// batch applied to them the way blazor.web.js applies it to the DOM (BrowserRenderer.ts).
/// Not thread-safe: the tab applies batches and reads it under its own lock.
/// </summary>
internal sealed class RenderedDocument
{
    private readonly Dictionary<int, RenderedContainer> _components = [];
    private readonly Dictionary<ulong, RenderedElement> _elementsByHandler = [];

    public RenderedContainer Root { get; } = new();

    /// <summary>A root component gets its place (<c>JS.AttachComponent</c>), before its first batch.</summary>
    public void AttachRootComponent(int componentId)
    {
        var container = new RenderedContainer();
        Root.Insert(Root.Children.Count, container);
        _components[componentId] = container;
    }

    public void Apply(RenderBatch batch)
    {
        foreach (var diff in batch.UpdatedComponents)
        {
            if (!_components.TryGetValue(diff.ComponentId, out var container))
            {
                throw new InvalidOperationException($"The batch updates component {diff.ComponentId}, which has no place in the page.");
            }

            ApplyEdits(batch, diff, container);
        }

        foreach (var componentId in batch.DisposedComponentIds)
        {
            _components.Remove(componentId);
        }

        foreach (var handlerId in batch.DisposedEventHandlerIds)
        {
            if (_elementsByHandler.Remove(handlerId, out var element))
            {
                foreach (var (name, bound) in element.Events.Where(e => e.Value.HandlerId == handlerId).ToList())
                {
                    element.Events.Remove(name);
                }
            }
        }
    }

    public IEnumerable<RenderedElement> Elements() => Root.Descendants().OfType<RenderedElement>();

    public RenderedElement? FindByTestId(string testId) => Elements().FirstOrDefault(e => e.TestId == testId);

    public IReadOnlyList<RenderedElement> FindAllByTestId(string testId) => [.. Elements().Where(e => e.TestId == testId)];

    private void ApplyEdits(RenderBatch batch, ComponentDiff diff, RenderedNode container)
    {
        var parent = container;
        var depth = 0;
        List<(int From, int To)>? permutations = null;
        foreach (var edit in diff.Edits)
        {
            switch (edit.Type)
            {
                case EditType.PrependFrame:
                    InsertFrame(batch, diff.ComponentId, parent, edit.SiblingIndex, edit.FrameIndex);
                    break;
                case EditType.RemoveFrame:
                    parent.Children.RemoveAt(edit.SiblingIndex);
                    break;
                case EditType.SetAttribute:
                    ApplyAttribute(ElementAt(parent, edit.SiblingIndex), diff.ComponentId, batch.ReferenceFrames[edit.FrameIndex]);
                    break;
                case EditType.RemoveAttribute:
                    RemoveAttribute(ElementAt(parent, edit.SiblingIndex), edit.RemovedAttributeName!);
                    break;
                case EditType.UpdateText:
                    var text = parent.Children[edit.SiblingIndex] as RenderedText
                        ?? throw new InvalidOperationException($"Component {diff.ComponentId} updates text on a node that is no text.");
                    text.Text = batch.ReferenceFrames[edit.FrameIndex].Value ?? string.Empty;
                    break;
                case EditType.UpdateMarkup:
                    parent.Children.RemoveAt(edit.SiblingIndex);
                    parent.Insert(edit.SiblingIndex, RenderedContainer.ForMarkup(batch.ReferenceFrames[edit.FrameIndex].Value));
                    break;
                case EditType.StepIn:
                    parent = parent.Children[edit.SiblingIndex];
                    depth++;
                    break;
                case EditType.StepOut:
                    parent = parent.Parent!;
                    depth--;
                    break;
                case EditType.PermutationListEntry:
                    (permutations ??= []).Add((edit.SiblingIndex, edit.FrameIndex));
                    break;
                case EditType.PermutationListEnd:
                    Permute(parent, permutations!);
                    permutations = null;
                    break;
                default:
                    throw new InvalidOperationException($"Unknown edit type {(int)edit.Type} in component {diff.ComponentId}'s diff.");
            }
        }

        if (depth != 0)
        {
            throw new InvalidOperationException($"Component {diff.ComponentId}'s diff steps in {depth} more times than it steps out.");
        }
    }

    /// <summary>Inserts one frame and its subtree; returns how many sibling nodes it added (regions add their children).</summary>
    private int InsertFrame(RenderBatch batch, int componentId, RenderedNode parent, int index, int frameIndex)
    {
        var frame = batch.ReferenceFrames[frameIndex];
        switch (frame.Type)
        {
            case FrameType.Element:
                InsertElement(batch, componentId, parent, index, frameIndex);
                return 1;
            case FrameType.Text:
                parent.Insert(index, new RenderedText(frame.Value ?? string.Empty));
                return 1;
            case FrameType.Component:
                var container = new RenderedContainer();
                parent.Insert(index, container);
                _components[frame.ComponentId] = container;
                return 1;
            case FrameType.Region:
                return InsertFrameRange(batch, componentId, parent, index, frameIndex + 1, frameIndex + frame.SubtreeLength);
            case FrameType.Markup:
                parent.Insert(index, RenderedContainer.ForMarkup(frame.Value));
                return 1;
            case FrameType.Attribute:
                throw new InvalidOperationException($"Component {componentId} inserts an attribute frame outside an element.");
            default:
                // Reference captures and named events are children in the diff with no node in the DOM.
                return 0;
        }
    }

    private void InsertElement(RenderBatch batch, int componentId, RenderedNode parent, int index, int frameIndex)
    {
        var frame = batch.ReferenceFrames[frameIndex];
        var element = new RenderedElement(frame.Name ?? string.Empty);
        parent.Insert(index, element);
        var end = frameIndex + frame.SubtreeLength;
        var child = frameIndex + 1;
        for (; child < end && batch.ReferenceFrames[child].Type == FrameType.Attribute; child++)
        {
            ApplyAttribute(element, componentId, batch.ReferenceFrames[child]);
        }

        InsertFrameRange(batch, componentId, element, 0, child, end);
    }

    private int InsertFrameRange(RenderBatch batch, int componentId, RenderedNode parent, int index, int start, int end)
    {
        var first = index;
        for (var frameIndex = start; frameIndex < end; frameIndex++)
        {
            index += InsertFrame(batch, componentId, parent, index, frameIndex);
            var frame = batch.ReferenceFrames[frameIndex];
            if (frame.Type is FrameType.Element or FrameType.Component or FrameType.Region)
            {
                frameIndex += frame.SubtreeLength - 1;
            }
        }

        return index - first;
    }

    private void ApplyAttribute(RenderedElement element, int componentId, RenderFrame attribute)
    {
        var name = attribute.Name ?? string.Empty;
        if (attribute.EventHandlerId != 0)
        {
            element.Events[EventName(name)] = new BoundEvent(attribute.EventHandlerId, componentId);
            _elementsByHandler[attribute.EventHandlerId] = element;
        }
        else if (attribute.Value is null)
        {
            element.Attributes.Remove(name);
        }
        else
        {
            element.Attributes[name] = attribute.Value;
        }
    }

    private static void RemoveAttribute(RenderedElement element, string name)
    {
        element.Attributes.Remove(name);
        if (name.StartsWith("on", StringComparison.Ordinal))
        {
            element.Events.Remove(EventName(name));
        }
    }

    private static string EventName(string attributeName) =>
        attributeName.StartsWith("on", StringComparison.Ordinal) ? attributeName[2..] : attributeName;

    private static RenderedElement ElementAt(RenderedNode parent, int index) =>
        parent.Children[index] as RenderedElement ?? throw new InvalidOperationException($"Child {index} of the edited node is no element.");

    /// <summary>Each listed node moves from its old index to its new one, all read before any moves.</summary>
    private static void Permute(RenderedNode parent, List<(int From, int To)> moves)
    {
        var before = parent.Children.ToArray();
        foreach (var (from, to) in moves)
        {
            parent.Children[to] = before[from];
        }
    }
}

namespace BlazorSharedState.LoadTest.Rendering;

/// <summary>A render tree frame's kind, as numbered on the wire (RenderTreeFrameType in .NET).</summary>
internal enum FrameType
{
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
    NamedEvent = 10,
}

namespace BlazorSharedState.LoadTest.Rendering;

/// <summary>A diff edit's kind, as numbered on the wire (RenderTreeEditType in .NET).</summary>
internal enum EditType
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}

namespace BlazorSharedState.LoadTest.Rendering;

/// <summary>
/// One edit of a component's diff. <see cref="FrameIndex"/> points into the batch's reference
/// frames (for a permutation entry it is the sibling index moved to).
/// </summary>
internal readonly record struct RenderEdit(EditType Type, int SiblingIndex, int FrameIndex, string? RemovedAttributeName);

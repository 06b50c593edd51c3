namespace BlazorSharedState.LoadTest.Rendering;

/// <summary>The edits one component's render made, in the order they apply.</summary>
internal sealed record ComponentDiff(int ComponentId, IReadOnlyList<RenderEdit> Edits);

namespace BlazorSharedState.LoadTest.Rendering;

/// <summary>An element with its attributes and the events the server listens to on it.</summary>
internal sealed class RenderedElement(string name) : RenderedNode
{
    public string Name { get; } = name;

    public Dictionary<string, string?> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>By event name without the "on" ("click", "input", "keydown").</summary>
    public Dictionary<string, BoundEvent> Events { get; } = new(StringComparer.Ordinal);

    public string? TestId => Attributes.GetValueOrDefault("data-testid");

    public bool IsDisabled => Attributes.ContainsKey("disabled");

    public override string ToString() => $"<{Name} data-testid=\"{TestId}\"> events: {string.Join(", ", Events.Keys)}";
}

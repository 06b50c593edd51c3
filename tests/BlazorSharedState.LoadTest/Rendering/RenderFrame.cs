namespace BlazorSharedState.LoadTest.Rendering;

/// <summary>
/// One reference frame of a batch, decoded. Which fields mean something depends on
/// <see cref="Type"/>: elements have a name and a subtree length, attributes a name, a value and
/// maybe an event handler id, text and markup their content, components their id.
/// </summary>
internal readonly record struct RenderFrame(
    FrameType Type,
    int SubtreeLength,
    string? Name,
    string? Value,
    int ComponentId,
    ulong EventHandlerId);

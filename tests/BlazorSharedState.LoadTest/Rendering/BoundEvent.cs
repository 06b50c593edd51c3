namespace BlazorSharedState.LoadTest.Rendering;

/// <summary>An event handler on an element: its id for the server, and the component that rendered it.</summary>
internal readonly record struct BoundEvent(ulong HandlerId, int ComponentId);

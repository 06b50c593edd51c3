namespace BlazorSharedState.LoadTest.Client;

/// <summary>How much of a browser a headless tab plays.</summary>
internal sealed record HeadlessTabOptions
{
    /// <summary>
    /// Apply every batch to a <see cref="Rendering.RenderedDocument"/>, so the tab can find and click
    /// elements. An idle watcher in a load test only needs to acknowledge batches, which costs the
    /// load generator far less CPU and memory.
    /// </summary>
    public bool KeepsDocument { get; init; } = true;

    /// <summary>How long a wait for the page (interactive, an element, a text) may take before it fails.</summary>
    public TimeSpan WaitTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>What <c>Intl.DateTimeFormat().resolvedOptions().timeZone</c> answers.</summary>
    public string TimeZone { get; init; } = "UTC";
}

using System.Collections.Immutable;

namespace BlazorSharedState.Web.Features.Viewers;

/// <summary>What a <see cref="TabViewers"/> step did: the viewers after it, the places it touched, and the tab's viewer before and after it.</summary>
/// <param name="Viewers">The viewers after the change; the same instance when nothing changed.</param>
/// <param name="Touched">The places whose viewers changed; empty when nothing did.</param>
/// <param name="Before">The tab's viewer before the change, if it had one.</param>
/// <param name="After">The tab's viewer after the change, if it has one.</param>
/// <param name="OneTab">Whether one tab changed (Before to After); false for a server's tabs going at once.</param>
public sealed record ViewerChange<TViewer>(ImmutableDictionary<string, TViewer> Viewers, ImmutableArray<string> Touched, TViewer? Before, TViewer? After = null, bool OneTab = false)
    where TViewer : class
{
    /// <summary>Whether anything changed.</summary>
    public bool Changed => !Touched.IsEmpty;
}

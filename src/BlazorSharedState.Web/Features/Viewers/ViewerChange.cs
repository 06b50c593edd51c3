using System.Collections.Immutable;

namespace BlazorSharedState.Web.Features.Viewers;

/// <summary>What a <see cref="TabViewers"/> step did: the viewers after it, the places it touched, and the tab's viewer before and after it.</summary>
/// <param name="Viewers">The viewers after the change; the same instance when nothing changed.</param>
/// <param name="Touched">The places whose viewers changed; empty when nothing did.</param>
/// <param name="Before">The tab's viewer before the change, if it had one.</param>
/// <param name="After">The tab's viewer after the change, if it has one.</param>
public sealed record ViewerChange<TViewer>(ImmutableDictionary<string, TViewer> Viewers, ImmutableArray<string> Touched, TViewer? Before, TViewer? After = null)
    where TViewer : class
{
    /// <summary>Whether one tab changed, from <see cref="Before"/> to <see cref="After"/>; not so for a server's tabs going at once.</summary>
    public bool OneTab => Before is not null || After is not null;

    /// <summary>Whether anything changed.</summary>
    public bool Changed => !Touched.IsEmpty;
}

using System.Collections.Immutable;

namespace BlazorSharedState.Web.Features.Viewers;

/// <summary>What a <see cref="TabViewers"/> step did: the viewers after it, the places it touched, and the tab's viewer before it.</summary>
/// <param name="Viewers">The viewers after the change; the same instance when nothing changed.</param>
/// <param name="Touched">The places whose viewers changed; empty when nothing did.</param>
/// <param name="Before">The tab's viewer before the change, if it had one.</param>
public sealed record ViewerChange<TViewer>(ImmutableDictionary<string, TViewer> Viewers, ImmutableArray<string> Touched, TViewer? Before)
    where TViewer : class
{
    /// <summary>Whether anything changed.</summary>
    public bool Changed => !Touched.IsEmpty;
}

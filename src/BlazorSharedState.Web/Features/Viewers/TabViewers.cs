using System.Collections.Immutable;
using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Viewers;

/// <summary>
/// The one way features keep who views what, by circuit id: a tab shows a place, leaves it,
/// drops and comes back, closes, or goes with its server. Each returns the viewers after the
/// change and the places it touched, so the feature brings its own indexes (presence, spectators,
/// seats) up to date for those places only; nothing touched means nothing changed.
/// </summary>
public static class TabViewers
{
    /// <summary>The tab of <paramref name="meta"/> now shows <paramref name="viewer"/>'s place (and no other).</summary>
    public static ViewerChange<TViewer> Show<TViewer>(ImmutableDictionary<string, TViewer> viewers, ActionMeta meta, TViewer viewer)
        where TViewer : class, ITabViewer<TViewer>
    {
        ArgumentNullException.ThrowIfNull(viewers);
        if (meta?.CircuitId is not { } circuit)
        {
            return Unchanged(viewers);
        }

        var previous = viewers.GetValueOrDefault(circuit);
        return Equals(previous, viewer)
            ? Unchanged(viewers)
            : new(viewers.SetItem(circuit, viewer), previous is null ? [viewer.Place] : [viewer.Place, previous.Place], previous, viewer);
    }

    /// <summary>The tab of <paramref name="meta"/> no longer shows <paramref name="place"/>; nothing when it shows another.</summary>
    public static ViewerChange<TViewer> Leave<TViewer>(ImmutableDictionary<string, TViewer> viewers, ActionMeta meta, string place)
        where TViewer : class, ITabViewer<TViewer> =>
        Of(viewers, meta) is { } viewer && viewer.Place == place ? Forget(viewers, meta) : Unchanged(viewers);

    /// <summary>The tab of <paramref name="meta"/> closed: it views nothing any more.</summary>
    public static ViewerChange<TViewer> Forget<TViewer>(ImmutableDictionary<string, TViewer> viewers, ActionMeta meta)
        where TViewer : class, ITabViewer<TViewer> =>
        Of(viewers, meta) is { } viewer
            ? new(viewers.Remove(meta.CircuitId!), [viewer.Place], viewer)
            : Unchanged(viewers);

    /// <summary>The tab of <paramref name="meta"/> dropped its connection or got it back.</summary>
    public static ViewerChange<TViewer> Connect<TViewer>(ImmutableDictionary<string, TViewer> viewers, ActionMeta meta, bool isConnected)
        where TViewer : class, ITabViewer<TViewer>
    {
        if (Of(viewers, meta) is not { } viewer || viewer.IsConnected == isConnected)
        {
            return Unchanged(viewers);
        }

        var after = viewer.WithConnection(isConnected);
        return new(viewers.SetItem(meta.CircuitId!, after), [viewer.Place], viewer, after);
    }

    /// <summary>Every tab <paramref name="gone"/> says went with its server.</summary>
    public static ViewerChange<TViewer> WithoutTabsOf<TViewer>(ImmutableDictionary<string, TViewer> viewers, Func<TViewer, bool> gone)
        where TViewer : class, ITabViewer<TViewer>
    {
        ArgumentNullException.ThrowIfNull(viewers);
        var leaving = viewers.Where(v => gone(v.Value)).ToList();
        return leaving.Count == 0
            ? Unchanged(viewers)
            : new(viewers.RemoveRange(leaving.Select(v => v.Key)), [.. leaving.Select(v => v.Value.Place).Distinct(StringComparer.Ordinal)], null);
    }

    /// <summary>The viewer of <paramref name="meta"/>'s tab, if it shows anything.</summary>
    public static TViewer? Of<TViewer>(ImmutableDictionary<string, TViewer> viewers, ActionMeta meta)
        where TViewer : class, ITabViewer<TViewer>
    {
        ArgumentNullException.ThrowIfNull(viewers);
        return meta?.CircuitId is { } circuit ? viewers.GetValueOrDefault(circuit) : null;
    }

    /// <summary>
    /// The users with a connected tab on <paramref name="place"/>, each once, in ordinal order.
    /// </summary>
    public static IEnumerable<string> PresentIn<TViewer>(IEnumerable<TViewer> viewers, string place)
        where TViewer : class, ITabViewer<TViewer> =>
        viewers.Where(v => v.IsConnected && v.Place == place).Select(v => v.UserId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static ViewerChange<TViewer> Unchanged<TViewer>(ImmutableDictionary<string, TViewer> viewers)
        where TViewer : class => new(viewers, [], null);
}

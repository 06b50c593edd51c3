namespace BlazorSharedState.Web.Features.Chat;

/// <summary>
/// Compares two presence views as the list shows them: the same people named and the same
/// counts shown. Someone arriving beyond the named few, within the same rounded count, changes
/// nothing any tab shows, so no tab re-renders.
/// </summary>
public sealed class PresenceAsShown : IEqualityComparer<PresenceShown>
{
    public static PresenceAsShown Instance { get; } = new();

    public bool Equals(PresenceShown? x, PresenceShown? y) =>
        ReferenceEquals(x, y)
        || (x is not null && y is not null
            && PresenceCount.Rounded(x.Count) == PresenceCount.Rounded(y.Count)
            && PresenceCount.Rounded(x.More) == PresenceCount.Rounded(y.More)
            && x.Named.SequenceEqual(y.Named, StringComparer.Ordinal));

    public int GetHashCode(PresenceShown obj) => PresenceCount.Rounded(obj?.Count ?? 0);
}

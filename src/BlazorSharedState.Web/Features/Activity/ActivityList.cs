namespace BlazorSharedState.Web.Features.Activity;

/// <summary>
/// The entries one <c>/activity</c> tab holds: an unbroken run of the log, oldest first, from
/// <see cref="OldestRead"/> to <see cref="Newest"/> (less what this reader may not see). Live
/// entries join at the new end, older ones read from the log at the old end. Memory stays
/// bounded: the newest <see cref="LiveCapacity"/> plus whatever the reader asked to read; a live
/// entry beyond that pushes the oldest out, and "Show older" reads it from the log again.
/// </summary>
internal sealed class ActivityList(long newest)
{
    /// <summary>How many entries a tab keeps besides those it read on request.</summary>
    public const int LiveCapacity = 500;

    private readonly List<ActivityItem> _items = [];
    private int _read;

    /// <summary>The first sequence this list covers: reading older starts right before it.</summary>
    public long OldestRead { get; private set; } = newest + 1;

    /// <summary>The newest sequence this list covers.</summary>
    public long Newest { get; private set; } = newest;

    /// <summary>Whether the list reaches back to the log's first action.</summary>
    public bool ReachedStart => OldestRead <= 1;

    /// <summary>Goes up with every change, so views of the list know when to rebuild.</summary>
    public int Version { get; private set; }

    public int Count => _items.Count;

    /// <summary>
    /// Adds entries applied since, oldest first. After <paramref name="skipped"/> (the tab fell too
    /// far behind and entries were dropped on the way) the run is broken: only this batch is kept,
    /// and what came before is read from the log again on request.
    /// </summary>
    public void AddLive(IReadOnlyList<ActivityItem> batch, bool skipped)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return;
        }

        if (skipped && batch[0].Sequence > Newest + 1)
        {
            _items.Clear();
            _read = 0;
            OldestRead = batch[0].Sequence;
        }

        foreach (var item in batch)
        {
            // The first read and the subscription overlap by design: whatever is older is held already.
            if (item.Sequence > Newest)
            {
                _items.Add(item);
                Newest = item.Sequence;
            }
        }

        var excess = _items.Count - (LiveCapacity + _read);
        if (excess > 0)
        {
            OldestRead = _items[excess].Sequence;
            _items.RemoveRange(0, excess);
        }

        Version++;
    }

    /// <summary>
    /// Adds <paramref name="older"/> (oldest first), read from <paramref name="from"/> up to right
    /// before <paramref name="before"/>. Ignored when the list moved on meanwhile (live entries
    /// pushed its old end), since the run would no longer be unbroken.
    /// </summary>
    public bool AddOlder(long before, IReadOnlyList<ActivityItem> older, long from)
    {
        ArgumentNullException.ThrowIfNull(older);
        if (before != OldestRead)
        {
            return false;
        }

        _items.InsertRange(0, older);
        _read += older.Count;
        OldestRead = from;
        Version++;
        return true;
    }

    /// <summary>The entries that <paramref name="matches"/>, newest first.</summary>
    public List<ActivityItem> NewestFirst(Func<ActivityItem, bool> matches)
    {
        var selected = new List<ActivityItem>(_items.Count);
        for (var i = _items.Count - 1; i >= 0; i--)
        {
            if (matches(_items[i]))
            {
                selected.Add(_items[i]);
            }
        }

        return selected;
    }
}

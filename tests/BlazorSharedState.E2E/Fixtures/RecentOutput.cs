namespace BlazorSharedState.E2E.Fixtures;

/// <summary>
/// The last lines a child process wrote, stdout and stderr interleaved as they arrived: enough to
/// say in a failure message why the app didn't start, without keeping a long run's whole log.
/// </summary>
public sealed class RecentOutput(int capacity)
{
    private readonly Queue<string> _lines = new(capacity);
    private readonly Lock _gate = new();

    /// <summary>Keeps <paramref name="line"/>; null is the end of a stream and is skipped.</summary>
    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_lines.Count == capacity)
            {
                _lines.Dequeue();
            }

            _lines.Enqueue(line);
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return _lines.Count == 0 ? "(no output)" : string.Join(Environment.NewLine, _lines);
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using BlazorSharedState.LoadTest.Client;

namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>Many users, one tab each, opened a few at a time as a crowd arrives; closed together.</summary>
internal sealed class Crowd : IAsyncDisposable
{
    private readonly ConcurrentBag<HeadlessUser> _users = [];
    private readonly ConcurrentBag<HeadlessTab> _tabs = [];

    public IReadOnlyCollection<HeadlessTab> Tabs => _tabs;

    /// <summary>
    /// Opens <paramref name="count"/> more tabs of <paramref name="pathOf"/>(i), each a new user,
    /// <paramref name="parallel"/> at a time, for at most <paramref name="budget"/>. A busy machine
    /// gets fewer circuits, not a longer run; the first tab that fails to open stops the arrival,
    /// since a server that refuses one refuses the next.
    /// </summary>
    public async Task<Arrival> ArriveAsync(
        Uri baseUrl, int count, Func<int, string> pathOf, HeadlessTabOptions options, int parallel, TimeSpan budget)
    {
        var took = Stopwatch.StartNew();
        var opened = 0;
        var failed = 0;
        string? firstFailure = null;
        using var stop = new CancellationTokenSource(budget);
        try
        {
            await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = stop.Token }, async (i, cancellation) =>
            {
                var user = new HeadlessUser(baseUrl);
                _users.Add(user);
                try
                {
                    _tabs.Add(await user.OpenAsync(pathOf(i), options, cancellation));
                }
                catch (Exception e) when (!cancellation.IsCancellationRequested)
                {
                    if (Interlocked.Increment(ref failed) == 1)
                    {
                        firstFailure = e.Message;
                    }

                    await stop.CancelAsync();
                    return;
                }

                if (Interlocked.Increment(ref opened) % 250 == 0)
                {
                    Console.WriteLine($"  {opened} circuits open after {took.Elapsed.TotalSeconds:0} s");
                }
            });
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.WriteLine(failed > 0
                ? $"  stopped arriving with {opened} of {count} circuits open: a tab could not open ({firstFailure})"
                : $"  stopped arriving after {budget.TotalSeconds:0} s with {opened} of {count} circuits open");
        }

        return new Arrival(count, opened, took.Elapsed, budget, failed, firstFailure);
    }

    public async Task<HeadlessTab> ArriveOneAsync(Uri baseUrl, string path, HeadlessTabOptions? options = null)
    {
        var user = new HeadlessUser(baseUrl);
        _users.Add(user);
        var tab = await user.OpenAsync(path, options);
        _tabs.Add(tab);
        return tab;
    }

    /// <summary>How many tabs stopped working, with the first reason.</summary>
    public (int Count, string? First) Failures()
    {
        var failed = _tabs.Select(t => t.Failure).Where(f => f is not null).ToList();
        return (failed.Count, failed.FirstOrDefault());
    }

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(_tabs, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (tab, _) => await tab.DisposeAsync());
        foreach (var user in _users)
        {
            user.Dispose();
        }
    }
}

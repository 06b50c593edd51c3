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
    /// Opens <paramref name="count"/> tabs of <paramref name="pathOf"/>(i), each a new user,
    /// <paramref name="parallel"/> at a time, for at most <paramref name="budget"/>; returns how
    /// many opened and how long it took. A busy machine gets fewer circuits, not a longer run.
    /// </summary>
    public async Task<(int Opened, TimeSpan Took)> ArriveAsync(
        Uri baseUrl, int count, Func<int, string> pathOf, HeadlessTabOptions options, int parallel, TimeSpan budget)
    {
        var took = Stopwatch.StartNew();
        var opened = 0;
        using var stop = new CancellationTokenSource(budget);
        try
        {
            await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = stop.Token }, async (i, cancellation) =>
            {
                var user = new HeadlessUser(baseUrl);
                _users.Add(user);
                _tabs.Add(await user.OpenAsync(pathOf(i), options, cancellation));
                if (Interlocked.Increment(ref opened) % 250 == 0)
                {
                    Console.WriteLine($"  {opened} circuits open after {took.Elapsed.TotalSeconds:0} s");
                }
            });
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.WriteLine($"  stopped arriving after {budget.TotalSeconds:0} s with {opened} of {count} circuits open");
        }

        return (opened, took.Elapsed);
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

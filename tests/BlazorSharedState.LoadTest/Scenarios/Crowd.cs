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

    /// <summary>Opens <paramref name="count"/> tabs of <paramref name="pathOf"/>(i), each a new user, <paramref name="parallel"/> at a time; returns how long it took.</summary>
    public async Task<TimeSpan> ArriveAsync(Uri baseUrl, int count, Func<int, string> pathOf, HeadlessTabOptions options, int parallel = 8)
    {
        var took = Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, cancellation) =>
        {
            var user = new HeadlessUser(baseUrl);
            _users.Add(user);
            _tabs.Add(await user.OpenAsync(pathOf(i), options, cancellation));
        });
        return took.Elapsed;
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

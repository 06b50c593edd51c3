using System.Diagnostics;
using BlazorSharedState.Benchmarks.Scenarios;
using BlazorSharedState.Store;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>
/// A started tally store on one log, measured one window at a time with S1's 16 awaiting
/// producers, so a scenario can interleave the windows of several logs and a busy moment of
/// the machine falls on all of them alike.
/// </summary>
internal sealed class MeasuredStore : IAsyncDisposable
{
    private readonly TallyStore _tally;
    private readonly CountingActionLog _log;
    private readonly List<double> _rates = [];
    private AppendCounts _appends;
    private TimeSpan _measured;

    public MeasuredStore(Action<IServiceCollection> registerLog)
    {
        _tally = new TallyStore(services =>
        {
            registerLog(services);
            CountingActionLog.Decorate(services);
        });
        _log = _tally.GetRequiredService<CountingActionLog>();
    }

    /// <summary>Runs the producers for <paramref name="warmup"/>, uncounted; returns the mean batch meanwhile.</summary>
    public async Task<double> WarmUpAsync(TimeSpan warmup)
    {
        var before = _log.Counts;
        await RunAsync(warmup);
        return _log.Counts.MeanBatchSince(before);
    }

    /// <summary>Runs the producers for <paramref name="window"/> and keeps the rate and what the appends added up to.</summary>
    public async Task MeasureAsync(TimeSpan window)
    {
        var before = _log.Counts;
        var clock = Stopwatch.StartNew();
        _rates.Add(await RunAsync(window) / clock.Elapsed.TotalSeconds);
        _measured += clock.Elapsed;
        _appends = _appends.Plus(_log.Counts.Since(before));
    }

    public MeasuredRates Result() => new(_rates, _appends.MeanBatchSince(default), _appends, _measured);

    public ValueTask DisposeAsync() => _tally.DisposeAsync();

    private Task<long> RunAsync(TimeSpan window)
    {
        var clock = Stopwatch.StartNew();
        return AwaitingProducers.RunAsync(_tally.Store, ThroughputBenchmarks.Producers, _ => clock.Elapsed < window);
    }
}

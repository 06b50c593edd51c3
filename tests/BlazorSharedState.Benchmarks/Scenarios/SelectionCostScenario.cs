using System.Diagnostics;
using BlazorSharedState.Benchmarks.Baseline;
using BlazorSharedState.Benchmarks.Circuits;
using BlazorSharedState.Benchmarks.Reporting;
using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>
/// S13: the cost on the store's loop of one chat message in a room that N tabs are in, each
/// showing who is present. Every tab's presence selection runs on the loop for every change of
/// the chat, so this is the time from dispatch to answer, which comes after every selection ran.
/// Linear selection keeps the cost per tab flat as N grows. (The baseline's setup alone is cubic:
/// each of N tabs entering the room makes N tabs walk up to N entries, so N stops at 1,000.)
/// </summary>
internal static class SelectionCostScenario
{
    private const string Id = "S13";
    private const string Room = "crowded";

    public static async Task RunAsync(BenchmarkReport report, bool quick)
    {
        var perTab = new List<string>();
        foreach (var tabs in quick ? [100, 1_000] : new[] { 100, 300, 1_000 })
        {
            var messages = quick ? 50 : 100;
            var baseline = await MeasureAsync<ScanningPresence>(tabs, messages);
            var ours = await MeasureAsync<ChatPresence>(tabs, messages);
            var (p50, p99) = (Figures.Percentile(ours, 50), Figures.Percentile(ours, 99));
            var (b50, b99) = (Figures.Percentile(baseline, 50), Figures.Percentile(baseline, 99));
            report.Add(new ResultRow(Id, $"one chat message in a room with {Figures.Count(tabs)} tabs showing presence: dispatch to answer, p50 / p99; baseline: each tab walks every tab",
                $"{Figures.Ms(b50)} / {Figures.Ms(b99)}", $"{Figures.Ms(p50)} / {Figures.Ms(p99)}", Figures.Ratio(p50 / b50), "flat cost per tab (linear in N)", null));
            perTab.Add($"{Figures.Count(tabs)}: {p50 * 1000 / tabs:0.00} µs (baseline {b50 * 1000 / tabs:0.00} µs)");
        }

        report.Note($"{Id} loop time per tab (p50 ÷ N): {string.Join("; ", perTab)}. Each tab is in the room (EnterRoom from its own circuit) and renders ChatPresence (the baseline: the same selection walking every tab).");
    }

    private static async Task<List<double>> MeasureAsync<TPresence>(int tabs, int messages)
        where TPresence : Microsoft.AspNetCore.Components.IComponent
    {
        await using var farm = await CircuitFarm.StartAsync<TPresence>(
            tabs, _ => new Dictionary<string, object?> { ["Room"] = Room }, f => ChatRoomSetup.CreateAsync(f.Store, Room));
        for (var i = 0; i < tabs; i++)
        {
            await farm.Store.DispatchAsync(new EnterRoom(Room), new ActionOrigin($"user-{i % 50}", $"circuit-{i}"));
        }

        await farm.WaitForQuietAsync(TimeSpan.FromMilliseconds(50));
        var samples = new List<double>(messages);
        for (var i = 0; i < messages + 5; i++)
        {
            var clock = Stopwatch.StartNew();
            var answer = await farm.Store.DispatchAsync(new SendMessage(Room, $"message {i}"), new ActionOrigin($"sender-{i}", null));
            if (!answer.IsAccepted)
            {
                throw new InvalidOperationException($"A message was refused: {answer.Reason}");
            }

            if (i >= 5)
            {
                samples.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return samples;
    }
}

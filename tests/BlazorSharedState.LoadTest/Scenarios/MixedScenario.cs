using System.Collections.Concurrent;
using System.Diagnostics;
using BlazorSharedState.LoadTest.Client;
using BlazorSharedState.LoadTest.Measuring;
using BlazorSharedState.LoadTest.Results;

namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>
/// L3: N circuits across the demos, acting every few seconds: 40 % on the counter (click),
/// 40 % in two chat rooms (send), 20 % at game tables of two players and two spectators (the
/// players move in turn, and ask for a rematch when a game ends). Without game tables (the
/// baseline has no game, and ours runs the same mix beside it), half on the counter, half chatting.
/// </summary>
internal static class MixedScenario
{
    public static async Task<MixedFigures> RunAsync(LoadReport report, LoadTarget target, AppUnderLoad server, int n, LoadOptions options)
    {
        await using var crowd = new Crowd();
        var baseUrl = server.BaseUrl;
        var processId = server.ProcessId;
        var counters = target.WithGameTables ? n * 2 / 5 : n / 2;
        var chatters = target.WithGameTables ? n * 2 / 5 : n - counters;
        var tables = target.WithGameTables ? Math.Max(1, (n - counters - chatters) / 4) : 0;
        var rooms = target.ChatRooms;
        var took = Stopwatch.StartNew();
        var budget = options.ArrivalBudget / 2;
        var counterArrival = await crowd.ArriveAsync(baseUrl, counters, _ => target.CounterPath, new HeadlessTabOptions(), options.OpenInParallel, budget);
        var counterTabs = crowd.Tabs.ToList();
        var chatArrival = await crowd.ArriveAsync(baseUrl, chatters, i => rooms[i % rooms.Count], new HeadlessTabOptions(), options.OpenInParallel, budget);
        var chatTabs = crowd.Tabs.Except(counterTabs).ToList();
        var players = new List<(HeadlessTab Tab, string Color)>();
        for (var t = 0; t < tables; t++)
        {
            players.AddRange(await SeatTableAsync(crowd, baseUrl));
        }

        await Quiet.SettleAsync(crowd.Tabs, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60));
        var circuits = crowd.Tabs.Count;
        var games = target.WithGameTables ? $", {tables} game tables (2 players, 2 spectators each)" : ", no game tables";
        report.Note($"L3 {target.Label}: {circuits} circuits open in {took.Elapsed.TotalSeconds:0.0} s: {counterTabs.Count} on {target.CounterPath}, {chatTabs.Count} in {rooms.Count} chat rooms{games}.");
        foreach (var shortfall in new[] { counterArrival.Shortfall, chatArrival.Shortfall }.OfType<string>())
        {
            report.Note($"L3 {target.Label}: {shortfall}.");
        }

        var answers = new ConcurrentBag<double>();
        var errors = new ConcurrentBag<string>();
        var cpu = CpuWatch.Start(processId);
        var batchesBefore = crowd.Tabs.Sum(t => t.BatchesReceived);
        var bytesBefore = crowd.Tabs.Sum(t => t.BytesReceived);
        var running = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(options.Seconds);

        async Task ActAsync(HeadlessTab tab, Func<HeadlessTab, Task> act, int seed)
        {
            var random = new Random(seed);
            while (true)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(2_000, 5_000)));
                if (running.Elapsed >= deadline)
                {
                    return;
                }

                var started = Stopwatch.GetTimestamp();
                try
                {
                    await act(tab);
                    answers.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e) when (e is InvalidOperationException or TimeoutException)
                {
                    errors.Add(e.Message);
                }
            }
        }

        var seed = 0;
        var actors = counterTabs.Select(tab => ActAsync(tab, ClickCounterAsync, seed++))
            .Concat(chatTabs.Select(tab => ActAsync(tab, t => SendAsync(t, $"mixed {Interlocked.Increment(ref seed)}"), seed++)))
            .Concat(players.Select(p => ActAsync(p.Tab, t => PlayAsync(t, p.Color, new Random(p.Tab.GetHashCode())), seed++)));
        await Task.WhenAll(actors);

        var elapsed = running.Elapsed.TotalSeconds;
        var share = cpu.Stop();
        var samples = answers.ToList();
        var figures = new MixedFigures(circuits, samples.Count, Percentiles.Of(samples, 50), Percentiles.Of(samples, 99));
        var demos = target.WithGameTables ? "counter, chat and game" : "counter and chat";
        report.Add("L3", $"{target.Label}: {circuits} circuits across {demos}, each acting every 2–5 s for {options.Seconds} s: actions answered, and the event's answer p50 / p99",
            $"{LoadReport.Count(samples.Count)} ({LoadReport.Count(samples.Count / elapsed)}/s), {LoadReport.Ms(figures.P50)} / {LoadReport.Ms(figures.P99)}");
        report.Add("L3", $"{target.Label}: CPU while acting, render batches and bytes to the tabs",
            $"{share}; {LoadReport.Count((crowd.Tabs.Sum(t => t.BatchesReceived) - batchesBefore) / elapsed)} batches/s, {LoadReport.Bytes((crowd.Tabs.Sum(t => t.BytesReceived) - bytesBefore) / elapsed)}/s");
        report.Add("L3", $"{target.Label}: server resident memory at the end (VmRSS)", LoadReport.Bytes(ProcessMemory.ResidentBytes(processId)));
        if (!errors.IsEmpty)
        {
            report.Note($"L3 {target.Label}: {errors.Count} actions could not be done (an element gone or disabled between reading and clicking, or no answer in time); the first: {errors.First()}");
        }

        DensityScenario.ReportFailures(report, "L3", target.Label, crowd.Failures());
        return figures;
    }

    private static async Task<(HeadlessTab, string)[]> SeatTableAsync(Crowd crowd, Uri baseUrl)
    {
        var red = await crowd.ArriveOneAsync(baseUrl, "/game");
        await red.ClickAsync("table-create");
        await red.WaitUntilAsync(page => page.FindByTestId("seat-red") is not null, "the new table's page");
        var table = red.Address.AbsolutePath;
        var yellow = await crowd.ArriveOneAsync(baseUrl, table);
        await crowd.ArriveOneAsync(baseUrl, table, new HeadlessTabOptions { KeepsDocument = false });
        await crowd.ArriveOneAsync(baseUrl, table, new HeadlessTabOptions { KeepsDocument = false });
        await red.ClickAsync("seat-red");
        await yellow.WaitUntilAsync(page => page.FindByTestId("seat-yellow") is { IsDisabled: false }, "the yellow seat to be free");
        await yellow.ClickAsync("seat-yellow");
        return [(red, "Red"), (yellow, "Yellow")];
    }

    private static Task ClickCounterAsync(HeadlessTab tab) =>
        tab.ClickAsync(tab.Read(page => page.FindByTestId("counter-increment")?.IsDisabled == true) ? "counter-decrement" : "counter-increment");

    private static async Task SendAsync(HeadlessTab tab, string text)
    {
        await tab.TypeAsync("chat-input", text);
        await tab.ClickAsync("chat-send");
    }

    /// <summary>A move when it's this player's turn (a random column with room), a rematch when the game is over.</summary>
    private static async Task PlayAsync(HeadlessTab tab, string color, Random random)
    {
        var (status, open) = tab.Read(page => (
            page.FindByTestId("game-status")?.TextContent ?? string.Empty,
            Enumerable.Range(0, 7).Where(c => page.FindByTestId($"cell-{c}-5")?.Attributes.GetValueOrDefault("data-state") == "empty").ToList()));
        if (status.Contains("wins", StringComparison.Ordinal) || status.Contains("Draw", StringComparison.Ordinal))
        {
            await tab.ClickAsync("rematch");
        }
        else if (status.Contains($"{color} to move", StringComparison.Ordinal) && open.Count > 0)
        {
            await tab.ClickAsync($"column-{open[random.Next(open.Count)]}");
        }
    }
}

using BlazorSharedState.LoadTest.Client;
using BlazorSharedState.LoadTest.Measuring;

namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>
/// The crowd L1 measures and L2 sends into, in one room, grown step by step without reopening a
/// circuit. A first tab (and L2's two senders) join before the memory before is taken, so that
/// figure counts the app's warmed-up code, and every circuit after it is an idle one.
/// </summary>
internal sealed class RoomCrowd : IAsyncDisposable
{
    private static readonly HeadlessTabOptions Idle = new() { KeepsDocument = false, WaitTimeout = TimeSpan.FromSeconds(90) };

    private readonly Crowd _watchers = new();
    private readonly Crowd _senders = new();

    private RoomCrowd(AppUnderLoad server, string path)
    {
        Server = server;
        Path = path;
    }

    public AppUnderLoad Server { get; }

    public string Path { get; }

    /// <summary>The server's memory with only the first tab (and the senders) in the room.</summary>
    public ServerMemory Before { get; private set; } = new(0, null);

    /// <summary>The idle tabs: the first, and every arrival since.</summary>
    public IReadOnlyCollection<HeadlessTab> Watchers => _watchers.Tabs;

    /// <summary>The two tabs that take turns to send in L2; none when L2 doesn't run.</summary>
    public IReadOnlyList<HeadlessTab> Senders => [.. _senders.Tabs];

    /// <summary>Idle circuits that arrived after the memory before: the room's size as the steps count it.</summary>
    public int Arrived => Math.Max(0, Watchers.Count - 1);

    public static async Task<RoomCrowd> OpenAsync(AppUnderLoad server, string path, bool withSenders)
    {
        var room = new RoomCrowd(server, path);
        await room._watchers.ArriveOneAsync(server.BaseUrl, path, Idle);
        if (withSenders)
        {
            await room._senders.ArriveOneAsync(server.BaseUrl, path);
            await room._senders.ArriveOneAsync(server.BaseUrl, path);
        }

        await Quiet.SettleAsync(room.Watchers, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        room.Before = await ServerMemory.MeasureAsync(server.ProcessId);
        return room;
    }

    /// <summary>Opens idle tabs until <paramref name="circuits"/> arrived in all, within <paramref name="budget"/>.</summary>
    public Task<Arrival> GrowToAsync(int circuits, int parallel, TimeSpan budget) =>
        _watchers.ArriveAsync(Server.BaseUrl, circuits - Arrived, _ => Path, Idle, parallel, budget);

    /// <summary>How many tabs stopped working, with the first reason.</summary>
    public (int Count, string? First) Failures()
    {
        var (watchers, firstWatcher) = _watchers.Failures();
        var (senders, firstSender) = _senders.Failures();
        return (watchers + senders, firstWatcher ?? firstSender);
    }

    public async ValueTask DisposeAsync()
    {
        await _senders.DisposeAsync();
        await _watchers.DisposeAsync();
    }
}

using System.Diagnostics;
using BlazorSharedState.Testing;
using StackExchange.Redis;

namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>
/// The floor under S10: a bare StackExchange.Redis client appending entries of the shape the
/// shared log writes (the same fields and sizes) with plain <c>XADD</c>s, pipelined with up to
/// <see cref="InFlight"/> in flight, with no script, store, queue or producer around them.
/// </summary>
internal static class RedisFloor
{
    private const int InFlight = 1_000;

    /// <summary>Appends <paramref name="actions"/> entries to a stream of its own; returns entries per second.</summary>
    public static async Task<double> RunAsync(RedisServer redis, int actions)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var database = connection.GetDatabase();
        RedisKey stream = $"floor:{Guid.NewGuid():N}";
        var id = Guid.CreateVersion7().ToByteArray();
        var clock = Stopwatch.StartNew();
        var pending = new List<Task>(InFlight);
        for (var i = 1; i <= actions; i++)
        {
            pending.Add(database.StreamAddAsync(stream,
            [
                new("seq", i), new("time", 1_780_000_000_000), new("id", id), new("user", "bench"),
                new("circuit", string.Empty), new("server", "floor"), new("name", "Tick"), new("payload", "{}"),
            ]));
            if (pending.Count == InFlight)
            {
                await Task.WhenAll(pending);
                pending.Clear();
            }
        }

        await Task.WhenAll(pending);
        var rate = actions / clock.Elapsed.TotalSeconds;
        await database.KeyDeleteAsync(stream);
        return rate;
    }
}

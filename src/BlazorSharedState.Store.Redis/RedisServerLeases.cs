using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BlazorSharedState.Store.Redis;

/// <summary>
/// Each server holds a short lease in Redis and renews it while it runs. A server that finds
/// another's lease lapsed logs that it is gone (<see cref="ServerGone"/>), so every tab it held
/// leaves presence on all servers; a server that stops cleanly says so itself.
/// </summary>
internal sealed class RedisServerLeases(
    SharedStore store,
    IConnectionMultiplexer redis,
    IOptions<RedisActionLogOptions> options,
    IOptions<ActionLogOptions> log,
    TimeProvider time,
    ILogger<RedisServerLeases> logger) : BackgroundService
{
    private readonly RedisKeys _keys = new(options.Value.KeyPrefix);
    private readonly string _server = log.Value.ServerName;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Stopping cleanly: this server's tabs go now, not when the lease would have lapsed.
        var gone = await store.DispatchAsync(new ServerGone(_server), ActionOrigin.Server, cancellationToken);
        if (gone.IsAccepted)
        {
            var database = redis.GetDatabase();
            await database.KeyDeleteAsync(_keys.Lease(_server));
            await database.SetRemoveAsync(_keys.Servers, _server);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(options.Value.LeaseCheck, time);
        do
        {
            try
            {
                await RenewAndCheckAsync(stoppingToken);
            }
#pragma warning disable CA1031 // Redis may be away for a while; the next tick tries again.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                RedisLog.LeaseFailed(logger, exception);
            }
        }
        while (await ticks.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RenewAndCheckAsync(CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        await database.StringSetAsync(_keys.Lease(_server), time.GetUtcNow().ToUnixTimeMilliseconds(), options.Value.LeaseTime);
        await database.SetAddAsync(_keys.Servers, _server);
        foreach (var member in await database.SetMembersAsync(_keys.Servers))
        {
            var server = (string)member!;
            if (server == _server || await database.KeyExistsAsync(_keys.Lease(server)))
            {
                continue;
            }

            // Several servers may notice at once; a second ServerGone finds nothing left to drop.
            var gone = await store.DispatchAsync(new ServerGone(server), ActionOrigin.Server, cancellationToken);
            if (gone.IsAccepted)
            {
                await database.SetRemoveAsync(_keys.Servers, server);
                RedisLog.ServerGone(logger, server);
            }
        }
    }
}

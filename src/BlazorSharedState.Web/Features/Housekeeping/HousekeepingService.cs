using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Features.Profiles;

namespace BlazorSharedState.Web.Features.Housekeeping;

/// <summary>
/// Looks once a <see cref="Interval"/> whether any feature holds something past its time, and if
/// so dispatches <see cref="TidyUp"/>. Reducers may not read a clock, so time-based endings need
/// an action to carry the time; every server runs this, and a second sweep finds nothing to do.
/// </summary>
internal sealed partial class HousekeepingService(SharedStore store, TimeProvider time, ILogger<HousekeepingService> logger)
    : BackgroundService
{
    /// <summary>How often the state is looked at.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Whether anything in <paramref name="store"/>'s state is due to go at <paramref name="now"/>.</summary>
    public static bool IsDue(SharedStore store, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.GetState<ChatState>().IsTidyDue(now)
            || store.GetState<GameState>().IsTidyDue(now)
            || store.GetState<ProfilesState>().IsTidyDue(now);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!IsDue(store, time.GetUtcNow()))
            {
                continue;
            }

            var result = await store.DispatchAsync(new TidyUp(), ActionOrigin.Server, stoppingToken);
            if (!result.IsAccepted)
            {
                // A busy or halted store says so itself; the next tick tries again.
                LogNotTidied(result.Reason);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tidying up was refused ({Reason}); trying again in a minute.")]
    private partial void LogNotTidied(string? reason);
}

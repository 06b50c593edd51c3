namespace BlazorSharedState.Web.Hosting;

/// <summary>
/// Every option of the circuits and their hub, set here and nowhere else, each to what the app
/// relies on, so a framework default changing under us changes nothing. Per-user and per-address
/// limits on circuits and actions are <see cref="Store.StoreLimits"/>, read from configuration.
/// </summary>
internal static class CircuitHosting
{
    public static IServiceCollection AddSharedStateCircuits(this IServiceCollection services)
    {
        services.AddRazorComponents()
            .AddInteractiveServerComponents(circuits =>
            {
                // Never send exception details to a browser; the server log has them.
                circuits.DetailedErrors = false;

                // A dropped tab keeps its circuit this long, so a flaky connection resumes where it
                // was; past it the tab closes (its presence goes with it) and a reload starts afresh.
                circuits.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(3);

                // At most this many dropped circuits wait to resume; older ones go first. Bounds the
                // memory a wave of disconnects can hold.
                circuits.DisconnectedCircuitMaxRetained = 100;

                // The start-up calls (time zone, focus) answer in milliseconds; a client that doesn't is gone.
                circuits.JSInteropDefaultCallTimeout = TimeSpan.FromMinutes(1);

                // Render batches a slow client may leave unacknowledged before the server waits for it.
                circuits.MaxBufferedUnacknowledgedRenderBatches = 10;
            })
            .AddHubOptions(hub =>
            {
                // The largest message a client may send (SignalR's default): every text box's
                // maxlength keeps a typed or pasted value well under it.
                hub.MaximumReceiveMessageSize = 32 * 1024;

                // One call at a time per connection, so one client can't queue work in parallel.
                hub.MaximumParallelInvocationsPerClient = 1;

                // A client silent this long is dropped (and resumes within the retention period above).
                hub.ClientTimeoutInterval = TimeSpan.FromSeconds(30);
                hub.KeepAliveInterval = TimeSpan.FromSeconds(15);
                hub.HandshakeTimeout = TimeSpan.FromSeconds(15);
                hub.EnableDetailedErrors = false;
            });
        return services;
    }
}

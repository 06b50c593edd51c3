namespace BlazorSharedState.Web.Features.Quotas;

/// <summary>
/// How many rooms and tables one client address may create in an hour, whoever its guests are:
/// the per-user shares are guards, but new guests cost nothing, so the address is held too.
/// Read from <c>SharedState:Limits</c>, beside the store's own limits.
/// </summary>
public sealed class CreationLimits
{
    /// <summary>Rooms one client address may create per hour.</summary>
    public int RoomsPerAddressPerHour { get; set; } = 10;

    /// <summary>Game tables one client address may open per hour.</summary>
    public int TablesPerAddressPerHour { get; set; } = 20;
}

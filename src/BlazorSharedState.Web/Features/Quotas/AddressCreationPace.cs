using BlazorSharedState.Store.Blazor;
using BlazorSharedState.Store.Blazor.Admission;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Game;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Web.Features.Quotas;

/// <summary>
/// Holds each client address to <see cref="CreationLimits"/>: a token bucket per address for rooms and
/// one for tables. Tries are counted, refused ones too: the door can't know what the guards will say.
/// </summary>
internal sealed class AddressCreationPace(IOptions<CreationLimits> limits) : IActionAdmission, IDisposable
{
    public const string TooManyRoomsReason = "Your network has tried to make a lot of rooms in the last hour; try again later.";
    public const string TooManyTablesReason = "Your network has tried to open a lot of tables in the last hour; try again later.";

    private readonly KeyedTokenBuckets _rooms = PerHour(limits.Value.RoomsPerAddressPerHour);
    private readonly KeyedTokenBuckets _tables = PerHour(limits.Value.TablesPerAddressPerHour);

    public string? Refusal(object action, CircuitIdentity circuit)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        if (circuit.ClientAddress is not { } address)
        {
            return null;
        }

        return action switch
        {
            CreateRoom when !_rooms.TryTake(address) => TooManyRoomsReason,
            CreateTable when !_tables.TryTake(address) => TooManyTablesReason,
            _ => null,
        };
    }

    public void Dispose()
    {
        _rooms.Dispose();
        _tables.Dispose();
    }

    private static KeyedTokenBuckets PerHour(int count) => new(count, count, TimeSpan.FromHours(1));
}

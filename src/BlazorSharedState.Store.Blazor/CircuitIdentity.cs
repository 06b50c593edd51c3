using System.Security.Claims;
using BlazorSharedState.Store;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Store.Blazor;

/// <summary>
/// Who this circuit is: its user and circuit id, which stamp every action it dispatches.
/// Assigned when the circuit opens; before that (prerendering) the user comes from the
/// request's authentication state.
/// </summary>
public sealed class CircuitIdentity(IServiceProvider services)
{
    /// <summary>The user id of a circuit whose request carried no identity.</summary>
    public const string AnonymousUserId = "anonymous";

    private string? _userId;

    /// <summary>The user behind this circuit.</summary>
    public string UserId => _userId ??= UserIdFromAuthenticationState() ?? AnonymousUserId;

    /// <summary>The circuit's id; null while prerendering.</summary>
    public string? CircuitId { get; private set; }

    /// <summary>
    /// The key of the client's network (see <see cref="Blazor.ClientAddress.KeyOf"/>) that per-address
    /// limits count this circuit under; null while prerendering or when unknown.
    /// </summary>
    public string? ClientAddress { get; private set; }

    /// <summary>The origin to stamp on this circuit's actions.</summary>
    public ActionOrigin Origin => new(UserId, CircuitId);

    /// <summary>Binds the circuit to its user; called when the circuit opens (and by tests).</summary>
    public void Assign(string userId, string? circuitId, string? clientAddress = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        _userId = userId;
        CircuitId = circuitId;
        ClientAddress = clientAddress;
    }

    /// <summary>The user id claim of <paramref name="user"/>, if any.</summary>
    public static string? UserIdOf(ClaimsPrincipal user) =>
        user?.FindFirst(ClaimTypes.NameIdentifier)?.Value;

    private string? UserIdFromAuthenticationState()
    {
        // Only a state that is already known is used; prerendering never waits for one.
        try
        {
            var task = services.GetService<AuthenticationStateProvider>()?.GetAuthenticationStateAsync();
            return task is { IsCompletedSuccessfully: true } ? UserIdOf(task.Result.User) : null;
        }
        catch (InvalidOperationException)
        {
            // The provider has no state yet (outside a request or circuit).
            return null;
        }
    }
}

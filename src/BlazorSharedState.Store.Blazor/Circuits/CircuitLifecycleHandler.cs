using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Admission;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Http;

namespace BlazorSharedState.Store.Blazor.Circuits;

/// <summary>
/// Binds each circuit to its user and client address, lets it in or turns it away by
/// <see cref="OpenCircuits"/>, and turns an admitted circuit's lifecycle into actions, so features
/// such as presence learn that a tab closed or dropped even when no component got to dispose. An
/// app none of whose features takes such an action has nothing to log about it, and gets none.
/// </summary>
internal sealed class CircuitLifecycleHandler(
    CircuitIdentity identity,
    CircuitAdmission admission,
    OpenCircuits openCircuits,
    AuthenticationStateProvider authentication,
    IHttpContextAccessor http,
    SharedStore store) : CircuitHandler
{
    private bool _connectedBefore;
    private bool _counted;

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken) => OpenAsync(circuit.Id);

    /// <summary>What opening does, for a circuit known by its id alone (tests can't make a <see cref="Circuit"/>).</summary>
    internal async Task OpenAsync(string circuitId)
    {
        // The circuit opens inside the hub's StartCircuit call, so this is the circuit's own
        // connection (its address already resolved through any trusted proxy).
        var address = ClientAddress.KeyOf(http.HttpContext?.Connection.RemoteIpAddress);
        var state = await authentication.GetAuthenticationStateAsync();
        identity.Assign(CircuitIdentity.UserIdOf(state.User) ?? CircuitIdentity.AnonymousUserId, circuitId, address);
        if (openCircuits.TryOpen(identity.UserId, address) is { } refusal)
        {
            admission.Refuse(refusal);
            return;
        }

        _counted = true;
        Tell(new CircuitOpened());
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_connectedBefore && _counted)
        {
            Tell(new CircuitReconnected());
        }

        _connectedBefore = true;
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_counted)
        {
            Tell(new CircuitDisconnected());
        }

        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_counted)
        {
            _counted = false;
            openCircuits.Close(identity.UserId, identity.ClientAddress!);
            Tell(new CircuitClosed());
        }

        return Task.CompletedTask;
    }

    private void Tell(object lifecycleAction)
    {
        if (store.Knows(lifecycleAction.GetType()))
        {
            store.Dispatch(lifecycleAction, identity.Origin);
        }
    }
}

using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Admission;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Http;

namespace BlazorSharedState.Store.Blazor.Circuits;

/// <summary>
/// Binds each circuit to its user and client address, lets it in or turns it away by
/// <see cref="OpenCircuits"/>, and turns an admitted circuit's lifecycle into actions, so features
/// such as presence learn that a tab closed or dropped even when no component got to dispose.
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

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        // The circuit opens inside the hub's StartCircuit call, so this is the circuit's own
        // connection (its address already resolved through any trusted proxy).
        var address = ClientAddress.KeyOf(http.HttpContext?.Connection.RemoteIpAddress);
        var state = await authentication.GetAuthenticationStateAsync();
        identity.Assign(CircuitIdentity.UserIdOf(state.User) ?? CircuitIdentity.AnonymousUserId, circuit.Id, address);
        if (openCircuits.TryOpen(identity.UserId, address) is { } refusal)
        {
            admission.Refuse(refusal);
            return;
        }

        _counted = true;
        store.Dispatch(new CircuitOpened(), identity.Origin);
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_connectedBefore && _counted)
        {
            store.Dispatch(new CircuitReconnected(), identity.Origin);
        }

        _connectedBefore = true;
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_counted)
        {
            store.Dispatch(new CircuitDisconnected(), identity.Origin);
        }

        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_counted)
        {
            _counted = false;
            openCircuits.Close(identity.UserId, identity.ClientAddress!);
            store.Dispatch(new CircuitClosed(), identity.Origin);
        }

        return Task.CompletedTask;
    }
}

using BlazorSharedState.Store;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace BlazorSharedState.Store.Blazor.Circuits;

/// <summary>
/// Binds each circuit to its user and turns its lifecycle into actions, so features such as
/// presence learn that a tab closed or dropped even when no component got to dispose. An app
/// none of whose features takes such an action has nothing to log about it, and gets none.
/// </summary>
internal sealed class CircuitLifecycleHandler(
    CircuitIdentity identity,
    AuthenticationStateProvider authentication,
    SharedStore store) : CircuitHandler
{
    private bool _connectedBefore;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        identity.Assign(CircuitIdentity.UserIdOf(state.User) ?? CircuitIdentity.AnonymousUserId, circuit.Id);
        Tell(new CircuitOpened());
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_connectedBefore)
        {
            Tell(new CircuitReconnected());
        }

        _connectedBefore = true;
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Tell(new CircuitDisconnected());
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Tell(new CircuitClosed());
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

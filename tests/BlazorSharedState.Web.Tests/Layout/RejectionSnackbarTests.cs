using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Counter;
using BlazorSharedState.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Web.Tests.Layout;

public sealed class RejectionSnackbarTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenAnActionIsRejected_ThenOnlyTheDispatchingCircuitShowsTheReason()
    {
        var aliceCircuit = _shared.OpenCircuit("alice");
        var alice = aliceCircuit.Render<RejectionHost>();
        var bob = _shared.OpenCircuit("bob").Render<RejectionHost>();

        var result = await aliceCircuit.Services.GetRequiredService<IDispatcher>().DispatchAsync(new DecrementCounter());

        Assert.False(result.IsAccepted);
        alice.WaitForAssertion(() =>
            Assert.Equal("The count can't go below zero.", alice.Find("[data-testid=rejection]").TextContent));
        Assert.Empty(bob.FindAll("[data-testid=rejection]"));
        Assert.Equal(0, _shared.Store.GetState<CounterState>().Value);
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}

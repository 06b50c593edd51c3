using MudBlazor.Services;

namespace BlazorSharedState.Web.Tests.Fixtures;

/// <summary>The app's features on one started store, with MudBlazor's services in every tab, as the app's pages need.</summary>
internal static class AppHost
{
    public static SharedStoreTestHost Start() => new(options => options
        .ScanAssemblies(typeof(Program).Assembly)
        .ConfigureCircuits(circuit => circuit.Services.AddMudServices()));
}

namespace BlazorSharedState.Store.Blazor.Tests.Packaging;

/// <summary>
/// What <c>dotnet new blazor --interactivity Server --all-interactive -n MyApp</c> gives an app
/// before the README's steps, cut to the bone and written by hand (templates may need the
/// network), plus a probe page the headless client can click on.
/// </summary>
internal static class AppShell
{
    public static string Project(IEnumerable<string> packages, string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <RootNamespace>MyApp</RootNamespace>
          </PropertyGroup>
          <ItemGroup>
        {string.Concat(packages.Select(id => $"    <PackageReference Include=\"{id}\" Version=\"{version}\" />\n"))}  </ItemGroup>
        </Project>
        """;

    /// <summary>The packed packages first, then whatever this machine restores from; nothing lands in its package folder.</summary>
    public static string NuGetConfig(string feed, string packages, string machinePackages) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config>
            <add key="globalPackagesFolder" value="{packages}" />
          </config>
          <packageSources>
            <add key="shared-state" value="{feed}" />
          </packageSources>
          <fallbackPackageFolders>
            <add key="machine" value="{machinePackages}" />
          </fallbackPackageFolders>
        </configuration>
        """;

    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Components/_Imports.razor"] = """
            @using Microsoft.AspNetCore.Components.Routing
            @using Microsoft.AspNetCore.Components.Web
            @using static Microsoft.AspNetCore.Components.Web.RenderMode
            @using MyApp.Components.Layout
            """,
        ["Components/App.razor"] = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
                <meta charset="utf-8" />
                <base href="/" />
                <HeadOutlet @rendermode="InteractiveServer" />
            </head>
            <body>
                <Routes @rendermode="InteractiveServer" />
                <script src="_framework/blazor.web.js"></script>
            </body>
            </html>
            """,
        ["Components/Routes.razor"] = """
            <Router AppAssembly="typeof(Program).Assembly">
                <Found Context="routeData">
                    <RouteView RouteData="routeData" DefaultLayout="typeof(MainLayout)" />
                </Found>
            </Router>
            """,
        ["Components/Layout/MainLayout.razor"] = """
            @using BlazorSharedState.Store.Blazor
            @inherits LayoutComponentBase

            <SharedStoreRenderRoot />
            @Body
            @if (RendererInfo.IsInteractive)
            {
                <span data-testid="interactive" hidden></span>
            }
            """,
        ["Components/Pages/Probe.razor"] = """
            @page "/probe"
            @using BlazorSharedState.Store
            @using BlazorSharedState.Store.Blazor
            @using MyApp.Counter
            @inherits SharedStoreComponent
            @inject IState<CounterState> Counter
            @inject IDispatcher Dispatcher

            <span data-testid="count">@Counter.Value.Count</span>
            <button data-testid="increment" @onclick="() => Dispatcher.Dispatch(new IncrementCounter())">+1</button>
            """,
    };
}

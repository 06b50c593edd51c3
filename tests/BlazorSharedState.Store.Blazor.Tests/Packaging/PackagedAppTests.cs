using BlazorSharedState.LoadTest.Client;

namespace BlazorSharedState.Store.Blazor.Tests.Packaging;

/// <summary>
/// The README's "Add the store to your Blazor Server app", followed by an app outside the
/// repository against freshly packed packages: the packages hold what a package should, and the
/// five steps give an app whose tabs share one state.
/// </summary>
public sealed class PackagedAppTests
{
    [Fact]
    public async Task WhenAnAppFollowsTheReadmesFiveStepsOnThePackedPackages_ThenItBuildsServesTheInitialStateAndEveryTabSeesAClick()
    {
        var steps = ReadmeSteps.Read(RepositoryRoot.Path);
        Assert.Equal([1, 2, 3, 4, 5], steps.Numbers);
        Assert.Equal(["Program.cs", "Counter/CounterFeature.cs", "Components/Pages/SharedCounter.razor"], steps.Files.Keys);

        await using var app = await PackagedApp.PackAsync(RepositoryRoot.Path);
        Assert.Equal(
            [.. PackagedApp.Libraries.Select(id => $"{id}.{app.Version}.nupkg")],
            app.Packages);
        Assert.All(app.ReadPackages(), package =>
        {
            Assert.Equal(app.Version, package["version"]);
            Assert.StartsWith($"# {package.Id}\n", package.Readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.Equal("README.md", package["readme"]);
            Assert.Contains($"lib/net10.0/{package.Id}.xml", package.Entries);
            Assert.Equal(("expression", "MIT"), (package.Attribute("license", "type"), package["license"]));
            Assert.Equal("git", package.Attribute("repository", "type"));
            Assert.NotEmpty(package["description"]);
            Assert.NotEmpty(package["authors"]);
            Assert.NotEmpty(package["tags"]);
        });
        // The testing library works under any test framework: it brings bUnit, never one of those.
        Assert.Equal(
            ["BlazorSharedState.Store.Blazor", "Microsoft.Extensions.TimeProvider.Testing", "bunit"],
            app.ReadPackages().Single(p => p.Id == "BlazorSharedState.Testing").Dependencies.Order(StringComparer.Ordinal));
        await app.BuildAsync(steps);

        Assert.Contains("<p>Count: 0</p>", await app.StartAsync("/shared-counter"), StringComparison.Ordinal);
        await WithTheAppsOutputAsync(app, async () =>
        {
            using var alice = new HeadlessUser(app.BaseUrl!);
            using var bob = new HeadlessUser(app.BaseUrl!);
            await using var aliceTab = await alice.OpenAsync("/probe");
            await using var bobTab = await bob.OpenAsync("/probe");
            await aliceTab.ClickAsync("increment");

            await bobTab.WaitForTextAsync("count", "1");
            await aliceTab.WaitForTextAsync("count", "1");
            Assert.Null(aliceTab.Failure);
            Assert.Null(bobTab.Failure);
            Assert.Contains("<p>Count: 1</p>", await app.GetAsync("/shared-counter"), StringComparison.Ordinal);
        });
        Assert.False(app.Output.Contains("fail:", StringComparison.Ordinal), $"The app logged a failure:\n{app.Output}");
    }

    // A circuit that fails says little on the wire; the app's console says why.
    private static async Task WithTheAppsOutputAsync(PackagedApp app, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception exception)
        {
            throw new Xunit.Sdk.XunitException($"{exception.Message}\nThe app's output:\n{app.Output}", exception);
        }
    }
}

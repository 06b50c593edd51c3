namespace BlazorSharedState.E2E.Fixtures;

/// <summary>Where browser tests leave screenshots: artifacts/screenshots at the repository root.</summary>
public static class Artifacts
{
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}

using BlazorSharedState.E2E.Fixtures;

namespace BlazorSharedState.E2E.Chat;

/// <summary>Real screenshots of real tabs, placed side by side by Chromium itself.</summary>
internal static class ChatScreenshot
{
    public static async Task SideBySideAsync(IBrowser browser, string name, params IPage[] tabs)
    {
        const int Gap = 12;
        var images = new List<string>();
        foreach (var tab in tabs)
        {
            images.Add($"<img style=\"display:block\" src=\"data:image/png;base64,{Convert.ToBase64String(await tab.ScreenshotAsync())}\">");
        }

        // A page exactly the size of the tabs at their own size, so nothing is scaled.
        var size = tabs[0].ViewportSize!;
        var html = $"<html><body style=\"margin:0;padding:{Gap}px;background:#9e9e9e;display:flex;gap:{Gap}px\">{string.Concat(images)}</body></html>";
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = (tabs.Length * (size.Width + Gap)) + Gap, Height = size.Height + (2 * Gap) },
        });
        try
        {
            await page.SetContentAsync(html);
            await Artifacts.ScreenshotAsync(page, name);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}

namespace BlazorSharedState.E2E.Fixtures;

/// <summary>One person: a browser profile that can open any number of tabs.</summary>
public sealed class AppUser(IBrowserContext context) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    /// <summary>Opens a tab on <paramref name="path"/> and waits until its circuit is interactive.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync(path);
        await Expect(page.GetByTestId("interactive"), $"Waited for a new tab on {path} to become interactive")
            .ToBeAttachedAsync(new() { Timeout = 30_000 });
        return page;
    }

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}

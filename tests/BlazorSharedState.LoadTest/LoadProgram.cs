namespace BlazorSharedState.LoadTest;

/// <summary>Opens real Blazor Server circuits against a running app, without a browser.</summary>
internal static class LoadProgram
{
    public static int Main()
    {
        Console.Error.WriteLine("The load scenarios come next; the headless client is in Client/.");
        return 2;
    }
}

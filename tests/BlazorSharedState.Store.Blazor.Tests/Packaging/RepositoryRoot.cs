namespace BlazorSharedState.Store.Blazor.Tests.Packaging;

/// <summary>The repository these tests were built from: the folder holding the solution.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "BlazorSharedState.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No BlazorSharedState.sln above {AppContext.BaseDirectory}.");
    }
}

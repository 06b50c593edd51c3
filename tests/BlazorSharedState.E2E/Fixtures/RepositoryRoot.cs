namespace BlazorSharedState.E2E.Fixtures;

/// <summary>The folder holding BlazorSharedState.sln, found upwards from the running binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "BlazorSharedState.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No BlazorSharedState.sln above {AppContext.BaseDirectory}; run from inside the repository.");
    }
}

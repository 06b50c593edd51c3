namespace BlazorSharedState.Testing;

/// <summary>
/// The folder holding BlazorSharedState.sln, found upwards from the running binaries. One source
/// file, compiled into each test project that reads or builds the repository.
/// </summary>
internal static class RepositoryRoot
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

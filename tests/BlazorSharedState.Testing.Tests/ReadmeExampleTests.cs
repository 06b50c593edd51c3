using System.Text.RegularExpressions;
using BlazorSharedState.Testing.Tests.Seats;

namespace BlazorSharedState.Testing.Tests;

/// <summary>The README's example of testing across several users, and a check that the README still shows it.</summary>
public sealed partial class ReadmeExampleTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _host = new(typeof(SeatState).Assembly);

    [Fact]
    public async Task WhenTwoUsersTakeTheSameSeat_ThenTheSecondIsToldWhyAndTheirTabShowsWhoHasIt()
    {
        var bobsTab = _host.OpenCircuit("bob").Render<SeatMap>();

        await _host.AcceptedAsync(new TakeSeat("4A"), "alice");
        await _host.RejectedAsync(new TakeSeat("4A"), "bob", "Seat 4A is taken.");

        bobsTab.WaitUntilShown(() => Assert.Equal("alice", bobsTab.Find("[data-seat='4A']").TextContent));
    }

    [Fact]
    public void WhenTheReadmesShowTheExample_ThenItIsTheTestAbove()
    {
        var root = RepositoryRoot();
        var test = Normalized(File.ReadAllText(Path.Combine(root, "tests", "BlazorSharedState.Testing.Tests", "ReadmeExampleTests.cs")));
        var start = test.IndexOf("var bobsTab", StringComparison.Ordinal);
        var example = test[start..(test.IndexOf("TextContent));", start, StringComparison.Ordinal) + "TextContent));".Length)];

        foreach (var readme in new[] { "README.md", "src/BlazorSharedState.Testing/README.md" })
        {
            Assert.Contains(example, Normalized(File.ReadAllText(Path.Combine(root, readme))), StringComparison.Ordinal);
        }
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    // Indentation and the field's name differ between a test class and a README's snippet.
    private static string Normalized(string code) => Whitespace().Replace(code, " ").Replace("_host.", "host.", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BlazorSharedState.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No BlazorSharedState.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

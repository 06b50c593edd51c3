using System.Text.RegularExpressions;

namespace BlazorSharedState.Store.Blazor.Tests.Packaging;

/// <summary>
/// The README's "Add the store to your Blazor Server app": its numbered steps, and the files its
/// code blocks give (each such block starts with a comment naming its path in the app).
/// </summary>
internal sealed partial class ReadmeSteps
{
    public const string Heading = "## Add the store to your Blazor Server app";

    private ReadmeSteps(IReadOnlyList<int> numbers, IReadOnlyList<string> packages, IReadOnlyDictionary<string, string> files)
    {
        Numbers = numbers;
        Packages = packages;
        Files = files;
    }

    /// <summary>The step numbers, in the order the section lists them.</summary>
    public IReadOnlyList<int> Numbers { get; }

    /// <summary>The packages the steps add (<c>dotnet add package ...</c>).</summary>
    public IReadOnlyList<string> Packages { get; }

    /// <summary>The app's files the steps show in full, by path relative to the app's folder.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    public static ReadmeSteps Read(string repositoryRoot)
    {
        var readme = File.ReadAllText(Path.Combine(repositoryRoot, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no section \"{Heading}\".");
        var end = readme.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];

        var numbers = StepLine().Matches(section).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match block in CodeBlock().Matches(section))
        {
            var indent = block.Groups["indent"].Value.Length;
            var lines = block.Groups["body"].Value.Split('\n').Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()).ToList();
            if (PathComment().Match(lines[0]) is { Success: true } path)
            {
                files.Add(path.Groups["path"].Value, string.Join('\n', lines.Skip(1)) + "\n");
            }
        }

        var packages = AddPackage().Matches(section).Select(m => m.Groups["id"].Value).ToList();
        return new ReadmeSteps(numbers, packages, files);
    }

    [GeneratedRegex(@"dotnet add package (?<id>[\w.]+)")]
    private static partial Regex AddPackage();

    [GeneratedRegex(@"^(\d+)\. ", RegexOptions.Multiline)]
    private static partial Regex StepLine();

    [GeneratedRegex(@"^(?<indent>[ ]*)```[a-z]*\n(?<body>.*?)\n[ ]*```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"^(?://\s*(?<path>[\w./-]+\.cs)|@\*\s*(?<path>[\w./-]+\.razor)\s*\*@)\s*$")]
    private static partial Regex PathComment();
}

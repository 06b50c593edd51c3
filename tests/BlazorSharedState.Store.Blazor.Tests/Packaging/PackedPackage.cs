using System.IO.Compression;
using System.Xml.Linq;

namespace BlazorSharedState.Store.Blazor.Tests.Packaging;

/// <summary>What one .nupkg holds: its manifest and its files.</summary>
internal sealed record PackedPackage(string Id, XElement Metadata, IReadOnlyList<string> Entries, string Readme)
{
    public static PackedPackage Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        XElement metadata;
        using (var stream = nuspec.Open())
        {
            metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        }

        var readme = string.Empty;
        if (zip.GetEntry("README.md") is { } entry)
        {
            using var reader = new StreamReader(entry.Open());
            readme = reader.ReadToEnd();
        }

        return new PackedPackage(Value(metadata, "id"), metadata, [.. zip.Entries.Select(e => e.FullName)], readme);
    }

    /// <summary>The ids of the packages this one depends on.</summary>
    public IEnumerable<string> Dependencies =>
        Metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")?.Value ?? string.Empty);

    /// <summary>The text of the manifest's element <paramref name="name"/>, or empty.</summary>
    public string this[string name] => Value(Metadata, name);

    /// <summary>An attribute of the manifest's element <paramref name="name"/>, or empty.</summary>
    public string Attribute(string name, string attribute) =>
        Metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Attribute(attribute)?.Value ?? string.Empty;

    private static string Value(XElement metadata, string name) =>
        metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;
}

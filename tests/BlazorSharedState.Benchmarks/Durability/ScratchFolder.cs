using System.Diagnostics;

namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>
/// A fresh folder under the system's temp folder for one scenario's log files, so every run
/// writes to a real file on the machine's disk and leaves nothing behind.
/// </summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder(string scenario) => Path = Directory.CreateTempSubdirectory($"shared-state-{scenario}-").FullName;

    public string Path { get; }

    /// <summary>A path for <paramref name="fileName"/> inside the folder.</summary>
    public string FileFor(string fileName) => System.IO.Path.Combine(Path, fileName);

    /// <summary>A new empty subfolder, for a copy of a log that a store may change.</summary>
    public string NewSubfolder(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;

    /// <summary>
    /// The filesystem and device the folder is on, as <c>df</c> tells it ("ext4 on /dev/vda"):
    /// durable-log figures depend on the disk more than on anything in the store.
    /// </summary>
    public string DescribeDisk()
    {
        try
        {
            using var df = Process.Start(new ProcessStartInfo("df", ["-PT", Path]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var lines = df.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            df.WaitForExit();
            var fields = lines[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return $"{fields[1]} on {fields[0]} ({Path})";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IndexOutOfRangeException)
        {
            return $"unknown filesystem ({Path}; df: {e.Message})";
        }
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

namespace Regie.TestKit;

/// <summary>Finds the repository's shipped data folder (data/ with sources.json) from the test's base directory.</summary>
public static class ShippedDataFolder
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "data");
            if (File.Exists(System.IO.Path.Combine(candidate, "sources.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The repository's data/ folder was not found above " + AppContext.BaseDirectory);
    });

    /// <summary>Absolute path of data/.</summary>
    public static string Path => Folder.Value;

    /// <summary>Copies data/ into a new temporary folder, so a test can break a file without touching the real one.</summary>
    public static TemporaryFolder CopyToTemporaryFolder()
    {
        var target = new TemporaryFolder("data");
        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target.Path, System.IO.Path.GetRelativePath(Path, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!); // destination is a file path inside target.
            File.Copy(file, destination);
        }

        return target;
    }
}

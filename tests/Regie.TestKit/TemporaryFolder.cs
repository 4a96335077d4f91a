namespace Regie.TestKit;

/// <summary>A folder under the system temp directory that is deleted on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder(string prefix = "regie")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process may still hold a file open; the OS cleans the temp folder.
        }
    }
}

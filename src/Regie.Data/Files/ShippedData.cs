using System.Security.Cryptography;
using System.Text;

namespace Regie.Data.Files;

/// <summary>The folder of shipped public data (<c>data/</c>) and the content hash that keys the store.</summary>
public sealed class ShippedData
{
    /// <summary>The file that marks a data folder and lists its sources.</summary>
    public const string CatalogueFile = "sources.json";

    public ShippedData(string directory)
    {
        Directory = Path.GetFullPath(directory);
        if (!System.IO.File.Exists(Path.Combine(Directory, CatalogueFile)))
        {
            throw new DirectoryNotFoundException(
                $"'{Directory}' is not a Regie data folder: it has no {CatalogueFile}.");
        }
    }

    /// <summary>Absolute path of the data folder.</summary>
    public string Directory { get; }

    /// <summary>Absolute path of a file given relative to the data folder (forward slashes).</summary>
    /// <exception cref="DataFormatException">The file is missing.</exception>
    public string PathOf(string relativePath)
    {
        var path = Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));
        return System.IO.File.Exists(path)
            ? path
            : throw new DataFormatException(relativePath, null, null, "the file is missing from the data folder.");
    }

    /// <summary>Opens a shipped file for reading.</summary>
    public Stream Open(string relativePath) =>
        new FileStream(PathOf(relativePath), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);

    /// <summary>
    /// SHA-256 over every file's relative path and bytes, in ordinal path order. Same folder content, same hash,
    /// whatever the file times or the machine.
    /// </summary>
    public string ComputeContentHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(Directory, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        var buffer = new byte[1 << 16];
        foreach (var (full, relative) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative));
            hash.AppendData([0]);
            using var stream = System.IO.File.OpenRead(full);
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer.AsSpan(0, read));
            }

            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Finds the data folder: the configured one, else the first <c>data/</c> with a catalogue found walking up
    /// from each start directory (the working directory, then the application's base directory).
    /// </summary>
    public static string? Locate(string? configured, params string[] startDirectories)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in startDirectories)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (System.IO.File.Exists(Path.Combine(candidate, CatalogueFile)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

using Regie.Data.Files;

namespace Regie.Data.Tests.Readers.UsIndices;

/// <summary>The repository's shipped <c>data/</c> folder, found by walking up from the test binaries.</summary>
internal static class RepositoryData
{
    /// <summary>
    /// The first <c>data/</c> with a catalogue above the test binaries; failing that, the <c>data/</c> beside
    /// <c>Regie.slnx</c> (a branch may predate the catalogue; <see cref="DataFolderCopy"/> then supplies one).
    /// </summary>
    public static string Directory { get; } = Locate();

    /// <summary>The shipped folder itself when it has a catalogue, else null.</summary>
    public static ShippedData? Catalogued =>
        File.Exists(Path.Combine(Directory, ShippedData.CatalogueFile)) ? new ShippedData(Directory) : null;

    private static string Locate()
    {
        if (ShippedData.Locate(null, AppContext.BaseDirectory) is { } catalogued)
        {
            return catalogued;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Regie.slnx")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        throw new DirectoryNotFoundException($"No Regie data folder above {AppContext.BaseDirectory}.");
    }
}

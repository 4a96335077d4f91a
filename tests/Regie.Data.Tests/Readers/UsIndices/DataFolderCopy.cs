using System.IO.Compression;
using Regie.Data.Files;

namespace Regie.Data.Tests.Readers.UsIndices;

/// <summary>
/// A temporary data folder holding copies of some shipped files, so a test can break one of them. Gets the
/// repository's <c>sources.json</c> when there is one, else an empty catalogue (only its presence matters to
/// <see cref="ShippedData"/>). Deleted on dispose.
/// </summary>
internal sealed class DataFolderCopy : IDisposable
{
    private DataFolderCopy(string directory) => Directory = directory;

    public string Directory { get; }

    public ShippedData Data => new(Directory);

    public static DataFolderCopy Of(IEnumerable<string> files)
    {
        var source = RepositoryData.Directory;
        var copy = new DataFolderCopy(Path.Combine(Path.GetTempPath(), "regie-tests-" + Guid.NewGuid().ToString("N")));
        System.IO.Directory.CreateDirectory(copy.Directory);
        var catalogue = Path.Combine(source, ShippedData.CatalogueFile);
        if (File.Exists(catalogue))
        {
            File.Copy(catalogue, copy.PathOf(ShippedData.CatalogueFile));
        }
        else
        {
            File.WriteAllText(copy.PathOf(ShippedData.CatalogueFile), """{"sources":[]}""");
        }

        foreach (var file in files)
        {
            var target = copy.PathOf(file);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!); // a file path always has a folder
            File.Copy(Path.Combine(source, file), target);
        }

        return copy;
    }

    public string PathOf(string file) => Path.Combine(Directory, file.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Replaces <paramref name="original"/> by <paramref name="replacement"/> on one 1-based line of a text file.</summary>
    public void EditLine(string file, int line, string original, string replacement)
    {
        var lines = File.ReadAllLines(PathOf(file));
        var edited = lines[line - 1].Replace(original, replacement, StringComparison.Ordinal);
        if (edited == lines[line - 1])
        {
            throw new InvalidOperationException($"Line {line} of {file} does not contain '{original}'.");
        }

        lines[line - 1] = edited;
        File.WriteAllLines(PathOf(file), lines);
    }

    /// <summary>Renames a text in an .xlsx workbook's shared strings (where header cells keep their text).</summary>
    public void RenameSharedString(string file, string text, string replacement)
    {
        using var zip = ZipFile.Open(PathOf(file), ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/sharedStrings.xml") ?? throw new InvalidOperationException($"{file} has no shared strings.");
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var edited = xml.Replace($"<t>{text}</t>", $"<t>{replacement}</t>", StringComparison.Ordinal);
        if (edited == xml)
        {
            throw new InvalidOperationException($"{file} has no shared string '{text}'.");
        }

        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml").Open());
        writer.Write(edited);
    }

    public void Delete(string file) => File.Delete(PathOf(file));

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

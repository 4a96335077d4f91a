using System.IO.Compression;
using Regie.Data.Files;
using Regie.TestKit;

namespace Regie.Data.Tests.Readers.UsIndices;

/// <summary>
/// A temporary data folder with copies of the catalogue and some shipped files, so a test can break one of them
/// without touching data/. Deleted on dispose.
/// </summary>
internal sealed class DataFolderCopy : IDisposable
{
    private readonly TemporaryFolder _folder;

    private DataFolderCopy(TemporaryFolder folder) => _folder = folder;

    public ShippedData Data => new(_folder.Path);

    /// <summary>Copies <c>sources.json</c> and the given files (relative to data/, forward slashes).</summary>
    public static DataFolderCopy Of(IEnumerable<string> files)
    {
        var copy = new DataFolderCopy(new TemporaryFolder("regie-data"));
        foreach (var file in files.Append(ShippedData.CatalogueFile))
        {
            var target = copy.PathOf(file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!); // a file path inside the folder has a parent.
            File.Copy(Path.Combine(ShippedDataFolder.Path, file), target);
        }

        return copy;
    }

    public string PathOf(string file) => _folder.File(file.Replace('/', Path.DirectorySeparatorChar));

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

    public void Dispose() => _folder.Dispose();
}

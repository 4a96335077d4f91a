using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Regie.Documents.Tables;

/// <summary>
/// Makes an Open XML package reproducible (the report workbooks and Regie.Web's Excel downloads): System.IO.Packaging
/// stamps every zip entry with the current time, names the core-properties part after a new GUID and gives package
/// relationships random ids; this rewrites those three and leaves every other byte of every part as it is.
/// </summary>
public static partial class OpenXmlNormaliser
{
    /// <summary>Written as every entry's time; use it as a workbook's created/modified date too (the zip epoch).</summary>
    public static readonly DateTime FixedTimestamp = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly DateTimeOffset ZipEpoch = new(FixedTimestamp);
    private const string PackageRelationships = "_rels/.rels";
    private const string CorePropertiesFolder = "package/services/metadata/core-properties/";
    private const string CoreProperties = CorePropertiesFolder + "core.psmdcp";

    /// <summary>The package with fixed entry times, core-properties part name and relationship ids.</summary>
    public static byte[] Normalise(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var corePart = input.Entries.SingleOrDefault(entry => entry.FullName.StartsWith(CorePropertiesFolder, StringComparison.Ordinal));
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var content = Read(entry);
                if (entry.FullName == PackageRelationships)
                {
                    content = Relationships(content, corePart?.FullName);
                }

                var copy = archive.CreateEntry(entry == corePart ? CoreProperties : entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = ZipEpoch;
                using var stream = copy.Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    // The package relationships (the root .rels) are referenced by no part, so their ids can be renumbered.
    private static byte[] Relationships(byte[] content, string? corePartName)
    {
        var xml = Encoding.UTF8.GetString(content);
        if (corePartName is not null)
        {
            xml = xml.Replace("/" + corePartName, "/" + CoreProperties, StringComparison.Ordinal);
        }

        var next = 0;
        xml = RandomRelationshipId().Replace(xml, _ => $"Id=\"rIdPackage{++next}\"");
        return Encoding.UTF8.GetBytes(xml);
    }

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomRelationshipId();
}

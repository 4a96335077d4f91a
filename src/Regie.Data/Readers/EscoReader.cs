using System.IO.Compression;
using Regie.Core.Classifications;
using Regie.Core.Reference;
using Regie.Data.Files;

namespace Regie.Data.Readers;

/// <summary>
/// Reads ESCO occupations: Dutch labels and descriptions from ESCO v1.2 (nl), English labels from the v1.1.1 classification zip
/// (read in place) where the URI exists there. Every ESCO occupation sits in one ISCO-08 unit group.
/// </summary>
internal static class EscoReader
{
    public const string DutchFile = "esco/nl_v1.2/occupations_nl.csv";
    public const string EnglishZip = "esco/ESCO_v1.1.1_classification_en_csv.zip";
    private const string EnglishEntry = "occupations_en.csv";

    public static IReadOnlyList<EscoOccupation> Read(ShippedData data)
    {
        var english = ReadEnglishLabels(data);
        var occupations = new Dictionary<string, EscoOccupation>(StringComparer.Ordinal);
        using var csv = CsvTable.Open(data, DutchFile, ',', "conceptUri", "iscoGroup", "preferredLabel", "code", "description");
        while (csv.Read())
        {
            var uri = csv.RequiredText("conceptUri");
            var isco = csv.RequiredText("iscoGroup");
            if (!IscoCode.TryParse(isco, out var group) || group.Level != 4)
            {
                throw csv.Error("iscoGroup", $"'{isco}' is not a 4-digit ISCO-08 unit group.");
            }

            var occupation = new EscoOccupation(
                uri, csv.RequiredText("code"), group, csv.RequiredText("preferredLabel"), english.GetValueOrDefault(uri), csv.Text("description"));

            // The v1.2 Dutch file repeats a few records verbatim; a repeat that differs is an error.
            if (occupations.TryGetValue(uri, out var earlier) && earlier != occupation)
            {
                throw csv.Error("conceptUri", $"'{uri}' appears twice with different content.");
            }

            occupations[uri] = occupation;
        }

        return occupations.Values.OrderBy(o => o.IscoGroup).ThenBy(o => o.Code, StringComparer.Ordinal).ToList();
    }

    private static Dictionary<string, string> ReadEnglishLabels(ShippedData data)
    {
        using var zip = OpenZip(data);
        var entry = zip.GetEntry(EnglishEntry)
            ?? throw new DataFormatException(EnglishZip, null, null, $"the archive has no {EnglishEntry}.");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        using var csv = CsvTable.Open(entry.Open(), $"{EnglishZip}!{EnglishEntry}", ',', "conceptUri", "preferredLabel");
        while (csv.Read())
        {
            labels[csv.RequiredText("conceptUri")] = csv.RequiredText("preferredLabel");
        }

        return labels;
    }

    private static ZipArchive OpenZip(ShippedData data)
    {
        try
        {
            return new ZipArchive(data.Open(EnglishZip), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new DataFormatException(EnglishZip, null, null, $"not a readable zip archive ({e.Message}).");
        }
    }
}

using System.Text.Json;
using Regie.Core.Reference;
using Regie.Data.Files;

namespace Regie.Data.Readers;

/// <summary>Reads the NACE Rev. 2 sections (SBI 2008 sections A–U) with Dutch and English labels from the SBI JSON-LD.</summary>
internal static class SbiReader
{
    public const string File = "cbs_sbi/SBI_2008_upd.2019.jsonld";

    public static IReadOnlyList<NaceSection> ReadSections(ShippedData data)
    {
        using var stream = data.Open(File);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new DataFormatException(File, (int?)(e.LineNumber + 1), null, $"not valid JSON ({e.Message}).");
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("@graph", out var graph) || graph.ValueKind != JsonValueKind.Array)
            {
                throw new DataFormatException(File, null, "@graph", "the JSON-LD has no @graph array.");
            }

            var sections = new List<NaceSection>();
            var index = 0;
            foreach (var node in graph.EnumerateArray())
            {
                var path = $"@graph[{index++}]";
                if (!node.TryGetProperty("schema:identifier", out var id) || id.GetString() is not [>= 'A' and <= 'U'] code)
                {
                    continue;
                }

                var (nl, en) = Labels(node, path);
                sections.Add(new NaceSection(code, nl, en));
            }

            return sections.Count == 21
                ? sections.OrderBy(s => s.Code, StringComparer.Ordinal).ToList()
                : throw new DataFormatException(File, null, "schema:identifier", $"expected the 21 sections A–U, found {sections.Count}.");
        }
    }

    private static (string Nl, string En) Labels(JsonElement node, string path)
    {
        if (!node.TryGetProperty("rdfs:label", out var labels))
        {
            throw new DataFormatException(File, null, path + ".rdfs:label", "the section has no label.");
        }

        string? nl = null, en = null;
        foreach (var label in labels.ValueKind == JsonValueKind.Array ? labels.EnumerateArray() : Enumerable.Repeat(labels, 1))
        {
            var value = label.GetProperty("@value").GetString()?.Trim();
            switch (label.GetProperty("@language").GetString())
            {
                case "nl": nl = value; break;
                case "en": en = value; break;
            }
        }

        return nl is null || en is null
            ? throw new DataFormatException(File, null, path + ".rdfs:label", "the section lacks a Dutch or an English label.")
            : (nl, en);
    }
}

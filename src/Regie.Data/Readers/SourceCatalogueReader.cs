using System.Text.Json;
using Regie.Core.Provenance;
using Regie.Data.Files;

namespace Regie.Data.Readers;

/// <summary>Reads data/sources.json: every shipped source with licence and attribution, and the required disclaimers.</summary>
internal static class SourceCatalogueReader
{
    public static (IReadOnlyList<SourceInfo> Sources, IReadOnlyDictionary<string, string> Disclaimers) Read(ShippedData data)
    {
        const string file = ShippedData.CatalogueFile;
        CatalogueJson? catalogue;
        try
        {
            using var stream = data.Open(file);
            catalogue = JsonSerializer.Deserialize<CatalogueJson>(stream, Options);
        }
        catch (JsonException e)
        {
            throw new DataFormatException(file, (int?)(e.LineNumber + 1), e.Path, $"not a valid source catalogue ({e.Message}).");
        }

        if (catalogue?.Sources is not { Count: > 0 } sources)
        {
            throw new DataFormatException(file, null, "sources", "the catalogue lists no sources.");
        }

        var result = new List<SourceInfo>();
        for (var i = 0; i < sources.Count; i++)
        {
            var s = sources[i];
            var path = $"sources[{i}]";
            result.Add(new SourceInfo(
                Required(s.Id, path + ".id"),
                Required(s.Title, path + ".title"),
                Required(s.Publisher, path + ".publisher"),
                Required(s.Table, path + ".table"),
                s.Period,
                s.Files is { Count: > 0 } files ? files : throw new DataFormatException(file, null, path + ".files", "a source must list its files."),
                Required(s.Origin, path + ".origin"),
                Required(s.Licence, path + ".licence"),
                Required(s.Attribution, path + ".attribution"),
                s.Url));
            foreach (var f in s.Files)
            {
                _ = data.PathOf(f);
            }
        }

        var duplicate = result.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DataFormatException(file, null, "sources.id", $"the id '{duplicate.Key}' is used twice.");
        }

        return (result, catalogue.Disclaimers ?? new Dictionary<string, string>(StringComparer.Ordinal));

        static string Required(string? value, string path) =>
            string.IsNullOrWhiteSpace(value) ? throw new DataFormatException(file, null, path, "the field is missing or empty.") : value;
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private sealed record CatalogueJson(Dictionary<string, string>? Disclaimers, List<SourceJson>? Sources);

    private sealed record SourceJson(
        string? Id, string? Title, string? Publisher, string? Table, string? Period, List<string>? Files,
        string? Origin, string? Licence, string? Attribution, string? Url);
}

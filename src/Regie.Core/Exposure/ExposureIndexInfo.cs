using System.Collections.Frozen;

namespace Regie.Core.Exposure;

/// <summary>What an index measures, on which scale, and how it reaches ISCO-08.</summary>
/// <param name="Index">The index.</param>
/// <param name="Id">Stable identifier used in URLs, JSON and CLI options (kebab-case).</param>
/// <param name="Name">Short name.</param>
/// <param name="Version">Release or paper the scores come from.</param>
/// <param name="Measures">One line on what the score measures, in the source's own words.</param>
/// <param name="Scale">The scale of the native score.</param>
/// <param name="NativeClassification">The occupation classification the source publishes.</param>
/// <param name="CrosswalkRoute">How scores reach ISCO-08 unit groups.</param>
/// <param name="Citation">Citation to print beside every figure.</param>
/// <param name="Licence">Licence of the scores.</param>
/// <param name="SourceIds">Shipped source files the scores come from (see the source catalogue).</param>
public sealed record ExposureIndexInfo(
    ExposureIndex Index,
    string Id,
    string Name,
    string Version,
    string Measures,
    string Scale,
    string NativeClassification,
    string CrosswalkRoute,
    string Citation,
    string Licence,
    IReadOnlyList<string> SourceIds)
{
    /// <summary>All shipped indices, headline first.</summary>
    public static IReadOnlyList<ExposureIndexInfo> All { get; } = ExposureIndexCatalogue.Build();

    private static readonly FrozenDictionary<string, ExposureIndexInfo> ById =
        All.ToFrozenDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>The descriptor of an index.</summary>
    public static ExposureIndexInfo Of(ExposureIndex index) => All[(int)index];

    /// <summary>Finds an index by its id (case-insensitive), e.g. "ilo-2025".</summary>
    public static bool TryFind(string? id, out ExposureIndexInfo info)
    {
        if (id is not null && ById.TryGetValue(id.Trim(), out var found))
        {
            info = found;
            return true;
        }

        info = All[0];
        return false;
    }
}

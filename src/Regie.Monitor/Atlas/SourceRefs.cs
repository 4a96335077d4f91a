using Regie.Core.Exposure;
using Regie.Core.Provenance;

namespace Regie.Monitor.Atlas;

/// <summary>Source lines for each view, built from the shipped catalogue (never typed in by hand).</summary>
internal static class SourceRefs
{
    private static readonly string[] IndexSources = ExposureIndexInfo.All.SelectMany(i => i.SourceIds).Distinct(StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<SourceRef> Summary(AtlasModel m) =>
        Of(m, ["ilo-2025", "cbs-schakelschema", "cbs-85276ned", .. IndexSources]);

    public static IReadOnlyList<SourceRef> Occupations(AtlasModel m) =>
        Of(m, ["ilo-2025", "cbs-schakelschema", "cbs-85276ned", "cbs-85517ned", .. IndexSources]);

    public static IReadOnlyList<SourceRef> Occupation(AtlasModel m) =>
        Of(m, ["ilo-2025", "cbs-schakelschema", "cbs-85276ned", "cbs-85517ned", "isco-08", "esco-nl", "esco-en", .. IndexSources]);

    public static IReadOnlyList<SourceRef> Sectors(AtlasModel m) =>
        Of(m, ["ilo-2025", "eurostat-lfsa-eisn2-2022", "eurostat-lfsa-eisn2", "eurostat-lfsa-egai2d-2022", "eurostat-lfsa-egai2d", "eurostat-ses-2022", "cbs-sbi"]);

    public static IReadOnlyList<SourceRef> Groups(AtlasModel m) =>
        Of(m, ["ilo-2025", "cbs-schakelschema", "cbs-85276ned", "cbs-85517ned"]);

    public static IReadOnlyList<SourceRef> Indices(AtlasModel m) =>
        Of(m, ["ilo-2025", "cbs-schakelschema", "cbs-85276ned", .. IndexSources]);

    private static IReadOnlyList<SourceRef> Of(AtlasModel m, IEnumerable<string> ids)
    {
        var catalogue = m.Reference.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return ids.Distinct(StringComparer.Ordinal)
            .Select(id => catalogue.TryGetValue(id, out var s) ? new SourceRef(s.Id, Label(s)) : null)
            .OfType<SourceRef>()
            .ToList();
    }

    private static string Label(SourceInfo s) => s.Attribution;
}

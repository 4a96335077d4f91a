using System.Collections.Frozen;
using Regie.Core.Classifications;
using Regie.Core.Reference;
using Regie.Workplace.JobProfiles;

namespace Regie.Workplace.JobProfiles.Catalog;

/// <summary>
/// The shipped occupation data indexed for job profiles: the ISCO-08 unit groups with their ILO tasks, the ESCO
/// occupations by URI, and the folded titles the search runs over. Built once from one <see cref="ReferenceData"/>.
/// </summary>
internal sealed class OccupationCatalog
{
    /// <summary>Source ids in the shipped catalogue (data/sources.json) of the task texts.</summary>
    public const string IloSourceId = "ilo-2025";

    public const string EscoSourceId = "esco-nl";

    private OccupationCatalog(ReferenceData reference)
    {
        Reference = reference;
        var tasks = reference.IloTasks.GroupBy(t => t.Code).ToDictionary(g => g.Key, g => g.OrderBy(t => t.TaskId).ToList());

        // CBS residual codes ("z.n.d.") look like unit groups but are not ISCO-08; no job profile can point at them.
        var units = reference.UnitGroups.Where(u => !u.IsResidual).ToList();
        UnitGroups = units.ToFrozenDictionary(
            u => u.Code,
            u => new Unit(u.Code, u.TitleNl, tasks.GetValueOrDefault(u.Code) ?? []));
        Esco = reference.EscoOccupations.ToFrozenDictionary(o => o.Uri, StringComparer.Ordinal);
        IloAttribution = Attribution(reference, IloSourceId);
        EscoAttribution = Attribution(reference, EscoSourceId);
        Entries = [.. units.SelectMany(UnitEntries), .. reference.EscoOccupations.SelectMany(EscoEntries)];
    }

    public ReferenceData Reference { get; }

    public FrozenDictionary<IscoCode, Unit> UnitGroups { get; }

    public FrozenDictionary<string, EscoOccupation> Esco { get; }

    public SearchEntry[] Entries { get; }

    public string IloAttribution { get; }

    public string EscoAttribution { get; }

    public static OccupationCatalog Build(ReferenceData reference) => new(reference);

    private static IEnumerable<SearchEntry> UnitEntries(UnitGroup unit)
    {
        var match = new OccupationMatch(unit.Code.Value, unit.TitleNl, null, null);
        yield return new SearchEntry(unit.Code.Value, match);
        yield return new SearchEntry(SearchKey.Fold(unit.TitleNl), match);
        if (unit.TitleEn is { } english)
        {
            yield return new SearchEntry(SearchKey.Fold(english), match);
        }
    }

    private IEnumerable<SearchEntry> EscoEntries(EscoOccupation occupation)
    {
        // EscoReader checks that every occupation names a 4-digit code; the schakelschema lists all 436 unit groups.
        var unit = UnitGroups.GetValueOrDefault(occupation.IscoGroup)
            ?? throw new InvalidOperationException($"ESCO occupation {occupation.Uri} is in {occupation.IscoGroup}, which is no known unit group.");
        var match = new OccupationMatch(unit.Code.Value, unit.Title, occupation.Uri, occupation.LabelNl);
        yield return new SearchEntry(SearchKey.Fold(occupation.LabelNl), match);
        if (occupation.LabelEn is { } english)
        {
            yield return new SearchEntry(SearchKey.Fold(english), match);
        }
    }

    private static string Attribution(ReferenceData reference, string id) =>
        reference.Sources.FirstOrDefault(s => s.Id == id)?.Attribution
        ?? throw new InvalidOperationException($"The shipped source catalogue has no source '{id}'.");

    /// <summary>An ISCO-08 unit group with its Dutch title (CBS) and its ILO tasks in the ILO's task order.</summary>
    public sealed record Unit(IscoCode Code, string Title, IReadOnlyList<IloTask> Tasks);
}

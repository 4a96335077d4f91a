using System.Collections.Frozen;
using Regie.Core.Classifications;
using Regie.Core.Exposure;
using Regie.Core.Reference;
using Regie.Core.Statistics;

namespace Regie.Monitor.Atlas;

/// <summary>
/// The atlas computed once from the reference data: scores per index at ISCO and BRC level, percentile ranks,
/// class compositions and employment. Every view is read from here.
/// </summary>
internal sealed class AtlasModel
{
    public AtlasModel(ReferenceData input)
    {
        var reference = Canonical(input);
        Reference = reference;
        Units = reference.UnitGroups.ToFrozenDictionary(u => u.Code);
        Groups = reference.BrcGroups;
        Employment = reference.Employment.ToFrozenDictionary(e => e.Code);
        UnitsByBrc = reference.UnitGroups.GroupBy(u => u.Brc)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<UnitGroup>)g.OrderBy(u => u.Code).ToList());
        Ilo = reference.IloScores.ToFrozenDictionary(s => s.Code);
        Class2025 = reference.IloScores.ToFrozenDictionary(s => s.Code, s => s.Class2025);
        Class2023 = reference.IloScores.Where(s => s.Class2023 is not null).ToFrozenDictionary(s => s.Code, s => s.Class2023!.Value);

        // Only ISCO-08 unit groups carry scores; CBS residual codes never do.
        IscoScores = ExposureIndexInfo.All.ToFrozenDictionary(
            i => i.Index,
            i => (IReadOnlyDictionary<IscoCode, double>)reference.IndexScores
                .Where(s => s.Index == i.Index && Units.TryGetValue(s.Code, out var u) && !u.IsResidual)
                .ToFrozenDictionary(s => s.Code, s => s.Score));
        IscoPercentiles = IscoScores.ToFrozenDictionary(p => p.Key, p => PercentilesOf(p.Value));
        BrcScores = IscoScores.ToFrozenDictionary(
            p => p.Key,
            p => (IReadOnlyDictionary<BrcCode, double>)Groups
                .Select(g => (g.Code, Mean: BrcExposure.Mean(ScorableUnits(g.Code), p.Value)))
                .Where(x => x.Mean is not null)
                .ToFrozenDictionary(x => x.Code, x => x.Mean!.Value)); // Filtered on not null just above.
        BrcPercentiles = BrcScores.ToFrozenDictionary(p => p.Key, p => PercentilesOf(p.Value));
        Composition2025 = Groups.ToFrozenDictionary(g => g.Code, g => BrcExposure.Composition(ScorableUnits(g.Code), Class2025));
        Composition2023 = Groups.ToFrozenDictionary(g => g.Code, g => BrcExposure.Composition(ScorableUnits(g.Code), Class2023));
        TasksByUnit = reference.IloTasks.GroupBy(t => t.Code).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<IloTask>)g.ToList());
        EscoByUnit = reference.EscoOccupations.GroupBy(o => o.IscoGroup)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<EscoOccupation>)g.OrderBy(o => o.LabelNl, StringComparer.Ordinal).ToList());
    }

    public ReferenceData Reference { get; }

    public FrozenDictionary<IscoCode, UnitGroup> Units { get; }

    public IReadOnlyList<BrcGroup> Groups { get; }

    public FrozenDictionary<BrcCode, BrcEmployment> Employment { get; }

    public FrozenDictionary<BrcCode, IReadOnlyList<UnitGroup>> UnitsByBrc { get; }

    public FrozenDictionary<IscoCode, IloScore> Ilo { get; }

    public FrozenDictionary<IscoCode, IloClass> Class2025 { get; }

    public FrozenDictionary<IscoCode, Ilo2023Class> Class2023 { get; }

    /// <summary>Score per index per ISCO-08 unit group.</summary>
    public FrozenDictionary<ExposureIndex, IReadOnlyDictionary<IscoCode, double>> IscoScores { get; }

    /// <summary>Percentile rank (0–100) per index among the unit groups the index reaches.</summary>
    public FrozenDictionary<ExposureIndex, IReadOnlyDictionary<IscoCode, double>> IscoPercentiles { get; }

    /// <summary>x̄(b) per index per BRC group (only groups with a scored unit group).</summary>
    public FrozenDictionary<ExposureIndex, IReadOnlyDictionary<BrcCode, double>> BrcScores { get; }

    /// <summary>Percentile rank (0–100) per index among the BRC groups with a score.</summary>
    public FrozenDictionary<ExposureIndex, IReadOnlyDictionary<BrcCode, double>> BrcPercentiles { get; }

    public FrozenDictionary<BrcCode, IReadOnlyDictionary<IloClass, double>> Composition2025 { get; }

    public FrozenDictionary<BrcCode, IReadOnlyDictionary<Ilo2023Class, double>> Composition2023 { get; }

    public FrozenDictionary<IscoCode, IReadOnlyList<IloTask>> TasksByUnit { get; }

    public FrozenDictionary<IscoCode, IReadOnlyList<EscoOccupation>> EscoByUnit { get; }

    /// <summary>CBS's code for "occupation unknown" in the schakelschema.</summary>
    private static readonly IscoCode Unknown = IscoCode.Parse("9999");

    /// <summary>
    /// The unit groups of a BRC group that can carry a score: residual codes excluded, and none at all for the group
    /// that collects workers whose occupation is unknown or unclassifiable (the group holding CBS code 9999, BRC 1311
    /// "Overig"): the few real unit groups CBS parks there (subsistence farmers, water carriers, public scribes) say
    /// nothing about the work of the people counted in it.
    /// </summary>
    public IEnumerable<IscoCode> ScorableUnits(BrcCode group) =>
        UnitsByBrc.TryGetValue(group, out var units) && !units.Any(u => u.Code == Unknown)
            ? units.Where(u => !u.IsResidual).Select(u => u.Code)
            : [];

    /// <summary>Employed persons in the current period, or 0 when CBS publishes none.</summary>
    public double EmployedOf(BrcCode group) => Employment.TryGetValue(group, out var e) && e.Employed is { } n ? n : 0;

    /// <summary>
    /// Every table in one fixed order, so float sums, and therefore the output bytes, do not depend on the order
    /// rows arrive in (same inputs, same bytes).
    /// </summary>
    private static ReferenceData Canonical(ReferenceData r) => r with
    {
        IscoGroups = [.. r.IscoGroups.OrderBy(g => g.Code)],
        UnitGroups = [.. r.UnitGroups.OrderBy(u => u.Code)],
        BrcGroups = [.. r.BrcGroups.OrderBy(g => g.Code)],
        IloScores = [.. r.IloScores.OrderBy(s => s.Code)],
        IloTasks = [.. r.IloTasks.OrderBy(t => t.Code).ThenBy(t => t.TaskId)],
        IndexScores = [.. r.IndexScores.OrderBy(s => s.Index).ThenBy(s => s.Code)],
        EscoOccupations = [.. r.EscoOccupations.OrderBy(o => o.IscoGroup).ThenBy(o => o.Code, StringComparer.Ordinal).ThenBy(o => o.Uri, StringComparer.Ordinal)],
        Employment = [.. r.Employment.OrderBy(e => e.Code)],
        SectorEmployment = [.. r.SectorEmployment.OrderBy(s => s.Year).ThenBy(s => s.Section, StringComparer.Ordinal).ThenBy(s => s.MajorGroup)],
        SectorEarnings = [.. r.SectorEarnings.OrderBy(s => s.Year).ThenBy(s => s.Section, StringComparer.Ordinal).ThenBy(s => s.MajorGroup)],
        SubMajorEmployment = [.. r.SubMajorEmployment.OrderBy(s => s.Year).ThenBy(s => s.AgeGroup, StringComparer.Ordinal).ThenBy(s => s.SubMajorGroup)],
        Sections = [.. r.Sections.OrderBy(s => s.Code, StringComparer.Ordinal)],
    };

    private static IReadOnlyDictionary<TKey, double> PercentilesOf<TKey>(IReadOnlyDictionary<TKey, double> scores)
        where TKey : notnull
    {
        var keys = scores.Keys.ToArray();
        var values = keys.Select(k => scores[k]).ToArray();
        var percentiles = Ranks.Percentiles(values);
        return keys.Select((k, i) => (k, percentiles[i])).ToFrozenDictionary(x => x.k, x => x.Item2);
    }
}

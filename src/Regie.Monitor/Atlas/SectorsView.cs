using Regie.Core.Classifications;
using Regie.Core.Exposure;
using Regie.Core.Results;
using Regie.Core.Statistics;

namespace Regie.Monitor.Atlas;

/// <summary>
/// Sector exposure through the NACE section × ISCO major group matrix (exposure-and-data note §5):
/// x(m) = Σ_sm E₂(sm)·x̄(sm) / Σ E₂(sm) over the 2-digit groups sm of major group m (Eurostat LFS employment);
/// X(s) = Σ_m E(s,m)·x(m) / Σ_m E(s,m); suppressed cells are left out.
/// </summary>
internal static class SectorsView
{
    // The 2022 extract covers age 15+, like the sector matrix; the 2011–2025 series covers 15–74 and fills the other years.
    private const string MatrixAge = "Y_GE15";

    public static IReadOnlyList<int> Years(AtlasModel m) =>
        m.Reference.SectorEmployment.Select(s => s.Year).Distinct().Order().ToList();

    public static Result<SectorList> Build(AtlasModel m, int? year)
    {
        var years = Years(m);
        var y = year ?? years[^1];
        if (!years.Contains(y))
        {
            return new SectorYearNotFound(y, years);
        }

        var majors = MajorGroups(m, y);
        var byCode = majors.ToDictionary(g => g.Code, StringComparer.Ordinal);
        var earnings = m.Reference.SectorEarnings
            .Where(e => e.MeanHourlyEur is not null)
            .ToDictionary(e => (e.Section, e.MajorGroup.Value), e => e.MeanHourlyEur!.Value); // Filtered on not null.
        var sectors = m.Reference.Sections.Select(section =>
        {
            var cells = m.Reference.SectorEmployment.Where(c => c.Year == y && c.Section == section.Code).ToList();
            var published = cells.Where(c => c.Thousands is not null).ToList();
            var weighted = published
                .Select(c => (Major: byCode[c.MajorGroup.Value], Thousands: c.Thousands!.Value)) // Published cells only.
                .ToList();
            return new SectorRow(
                section.Code,
                section.LabelNl,
                section.LabelEn,
                published.Count > 0 ? published.Sum(c => c.Thousands!.Value) : null, // Published cells only.
                Weighted.Mean(weighted.Select(w => (w.Major.Exposure, w.Thousands))),
                Weighted.Mean(weighted.Select(w => (w.Major.Exposure,
                    earnings.TryGetValue((section.Code, w.Major.Code), out var h) ? w.Thousands * h : 0))),
                MixShares(weighted.Select(w => (w.Major.Ilo2025Classes, w.Thousands)), personsPerWeight: 1000),
                cells.Count - published.Count);
        }).ToList();

        return new SectorList(
            y,
            years,
            sectors,
            majors,
            AtlasTexts.SectorRule,
            [AtlasTexts.NotJobLoss, AtlasTexts.SectorComposition],
            SourceRefs.Sectors(m));
    }

    /// <summary>ILO 2025 exposure and class shares of each ISCO major group, weighted by 2-digit employment in year y.</summary>
    public static IReadOnlyList<MajorGroupExposure> MajorGroups(AtlasModel m, int year)
    {
        var scores = m.IscoScores[ExposureIndex.Ilo2025];
        var employment = SubMajorEmployment(m, year);
        return m.Reference.IscoGroups.Where(g => g.Code.Level == 1).Select(major =>
        {
            var subMajors = m.Reference.IscoGroups
                .Where(g => g.Code.Level == 2 && g.Code.MajorGroup == major.Code)
                .Select(g =>
                {
                    var units = scores.Keys.Where(u => u.AtLevel(2) == g.Code).ToList();
                    var composition = BrcExposure.Composition(units, m.Class2025);
                    return (Exposure: Weighted.Mean(units.Select(u => scores[u])), Composition: composition,
                        Weight: employment.TryGetValue(g.Code, out var e) ? e : 0);
                })
                .Where(s => s.Exposure is not null)
                .ToList();

            // A major group whose 2-digit groups Eurostat does not publish falls back to equal weights.
            if (subMajors.Count > 0 && subMajors.All(s => s.Weight == 0))
            {
                subMajors = subMajors.Select(s => s with { Weight = 1 }).ToList();
            }

            return new MajorGroupExposure(
                major.Code.Value,
                major.TitleEn,
                Weighted.Mean(subMajors.Select(s => (s.Exposure, s.Weight))),
                MixShares(subMajors.Select(s => ((IReadOnlyList<ClassShare>)ClassShares.Of(s.Composition, 1), s.Weight)), personsPerWeight: 1000));
        }).ToList();
    }

    private static Dictionary<IscoCode, double> SubMajorEmployment(AtlasModel m, int year)
    {
        var rows = m.Reference.SubMajorEmployment.Where(r => r.Year == year && r.Thousands is not null).ToList();
        var sameAge = rows.Where(r => r.AgeGroup == MatrixAge).ToList();
        return (sameAge.Count > 0 ? sameAge : rows).ToDictionary(r => r.SubMajorGroup, r => r.Thousands!.Value); // Filtered on not null.
    }

    /// <summary>
    /// Weighted mix of class-share lists: Σ w·share / Σ w per class, over the parts that have shares.
    /// Persons = Σ w·share × <paramref name="personsPerWeight"/> (weights are thousands of persons).
    /// </summary>
    private static IReadOnlyList<ClassShare> MixShares(IEnumerable<(IReadOnlyList<ClassShare> Shares, double Weight)> parts, double personsPerWeight)
    {
        var list = parts.Where(p => p.Shares.Count > 0 && p.Weight > 0).ToList();
        var total = list.Sum(p => p.Weight);
        return total == 0
            ? []
            : IloClassLabels.All2025.Select(c =>
            {
                var weighted = list.Sum(p => p.Weight * p.Shares.First(s => s.ClassId == c.Id()).Share);
                return new ClassShare(c.Id(), c.SourceLabel(), weighted / total, (long)Math.Round(weighted * personsPerWeight, MidpointRounding.AwayFromZero));
            }).ToList();
    }
}

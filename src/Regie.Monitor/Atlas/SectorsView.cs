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
                // Published cells only, rounded to the source's precision (0.1 thousand) so float noise does not show.
                published.Count > 0 ? Math.Round(published.Sum(c => c.Thousands!.Value), 1, MidpointRounding.AwayFromZero) : null,
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
                    // Ordered: a float sum must not depend on hash order, or the output bytes would change per process.
                    var units = scores.Keys.Where(u => u.AtLevel(2) == g.Code).Order().ToList();
                    var composition = BrcExposure.Composition(units, m.Class2025);
                    return (Exposure: Weighted.Mean(units.Select(u => scores[u])), Composition: composition,
                        Weight: employment.TryGetValue(g.Code, out var e) ? e : 0);
                })
                .Where(s => s.Exposure is not null)
                .ToList();

            // 2-digit groups Eurostat does not publish are left out of the weighting; a major group without any
            // published 2-digit employment gets no exposure (null), never a guess.
            return new MajorGroupExposure(
                major.Code.Value,
                major.TitleEn,
                Weighted.Mean(subMajors.Select(s => (s.Exposure, s.Weight))),
                MixShares(subMajors.Select(s => ((IReadOnlyList<ClassShare>)ClassShares.Of(s.Composition, 1), s.Weight)), personsPerWeight: 1000));
        }).ToList();
    }

    /// <summary>
    /// The cross-check route of the exposure-and-data note §4, independent of the CBS schakelschema: ILO 2025 unit
    /// groups → ISCO 2-digit mean → weighted by Eurostat LFS employment by 2-digit group in <paramref name="year"/>.
    /// </summary>
    internal static double? NationalMeanBySubMajorGroup(AtlasModel m, int year)
    {
        var scores = m.IscoScores[ExposureIndex.Ilo2025];
        var employment = SubMajorEmployment(m, year);
        return Weighted.Mean(employment.OrderBy(e => e.Key).Select(e =>
            (Weighted.Mean(scores.Where(s => s.Key.AtLevel(2) == e.Key).OrderBy(s => s.Key).Select(s => s.Value)), e.Value)));
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

using System.Globalization;
using Regie.Core.Reference;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Data.Population;

/// <summary>The occupation and sector targets, from the reference tables of the analytical store.</summary>
internal static class ReferenceTargets
{
    /// <summary>
    /// Every BRC group with published employment: employment, women and higher-education shares (85276NED), pay
    /// quartiles when all three are published (85517NED), and its ISCO major groups from the schakelschema.
    /// A share CBS does not publish for a group is the employment-weighted national share (the period says so).
    /// </summary>
    public static IReadOnlyList<OccupationTarget> Occupations(ReferenceData reference)
    {
        var periods = reference.Periods;
        var rows = reference.Employment.Where(e => e.Employed is > 0).ToList();
        var total = rows.Sum(r => (double)r.Employed!.Value); // filtered on Employed above
        double National(Func<BrcEmployment, double?> share) =>
            rows.Where(r => share(r) is not null).Sum(r => r.Employed!.Value * share(r)!.Value) / Math.Max(1, rows.Where(r => share(r) is not null).Sum(r => r.Employed!.Value));
        var women = National(r => r.WomenShare);
        var higher = National(r => r.HigherEducationShare);
        var groups = reference.BrcGroups.ToDictionary(g => g.Code);
        var majors = reference.UnitGroups
            .GroupBy(u => u.Brc)
            .ToDictionary(g => g.Key, g => g.GroupBy(u => u.Code.Value[0] - '0').OrderBy(m => m.Key).Select(m => new MajorGroupLink(m.Key, m.Count())).ToList());

        Figure Employment(double value) => new(value, PopulationSources.Employment, "85276NED", periods.Employment);
        Figure Share(double? value, double national) => value is { } v ? Employment(v) : Employment(national) with { Period = periods.Employment + ", national (not published for the group)" };
        Figure Pay(double value) => new(value, PopulationSources.Pay, "85517NED", periods.Pay);

        return rows.OrderBy(r => r.Code).Select(r =>
        {
            var group = groups[r.Code];
            var pay = r is { PayP25: { } p25, MedianHourlyPay: { } p50, PayP75: { } p75 } ? new PayQuartiles(Pay(p25), Pay(p50), Pay(p75)) : null;
            var links = majors.TryGetValue(r.Code, out var found)
                ? found
                : throw new Files.DataFormatException("cbs_brc/schakelschema-isco2008-brc2014.xls", null, null, $"BRC group {r.Code} has no ISCO unit group.");
            return new OccupationTarget(
                r.Code.Value, group.Title, group.SegmentCode.Value, group.ClassCode.Value,
                Employment(r.Employed!.Value), Share(r.WomenShare, women), Share(r.HigherEducationShare, higher), pay, links);
        }).ToList();
    }

    /// <summary>The section × major group matrix of the latest Eurostat year; suppressed cells are left out.</summary>
    public static SectorTargets Sectors(ReferenceData reference)
    {
        var year = reference.SectorEmployment.Max(s => s.Year);
        var cells = reference.SectorEmployment
            .Where(s => s.Year == year && s.Thousands is > 0)
            .Select(s => new SectorCell(s.Section, s.MajorGroup.Value[^1] - '0', s.Thousands!.Value)) // filtered on Thousands
            .ToList();
        var sections = reference.Sections.Select(s => s.Code).Order(StringComparer.Ordinal).ToList();
        var source = year == 2022 ? PopulationSources.SectorMatrix2022 : PopulationSources.SectorMatrix;
        return new SectorTargets(sections, cells, source, "lfsa_eisn2", year.ToString(CultureInfo.InvariantCulture));
    }
}

using Regie.Core.Exposure;
using Regie.Core.Statistics;

namespace Regie.Monitor.Atlas;

/// <summary>The national summary (exposure-and-data note §4): S_g, X_NL and coverage per index.</summary>
internal static class SummaryView
{
    public static AtlasSummary Build(AtlasModel m)
    {
        var total = m.Groups.Sum(g => m.EmployedOf(g.Code));
        var ilo = m.BrcScores[ExposureIndex.Ilo2025];
        var covered = m.Groups.Where(g => ilo.ContainsKey(g.Code)).Sum(g => m.EmployedOf(g.Code));
        return new AtlasSummary(
            m.Reference.Periods.Employment,
            (long)total,
            total > 0 ? covered / total : 0,
            Weighted.Mean(m.Groups.Select(g => (ilo.TryGetValue(g.Code, out var x) ? x : (double?)null, m.EmployedOf(g.Code)))),
            ClassShares.For2025(m, m.Groups.Select(g => (g.Code, m.EmployedOf(g.Code)))),
            ClassShares.For2023(m, m.Groups.Select(g => (g.Code, m.EmployedOf(g.Code)))),
            ExposureIndexInfo.All.Select(i => IndexSummaryOf(m, i.Index, total)).ToList(),
            AtlasTexts.BrcRule + " " + AtlasTexts.NationalRule,
            [.. AtlasTexts.Common, AtlasTexts.ScaleDiffers],
            SourceRefs.Summary(m));
    }

    private static IndexSummary IndexSummaryOf(AtlasModel m, ExposureIndex index, double total)
    {
        var scores = m.BrcScores[index];
        var percentiles = m.BrcPercentiles[index];
        var covered = m.Groups.Where(g => scores.ContainsKey(g.Code)).Sum(g => m.EmployedOf(g.Code));
        return new IndexSummary(
            ExposureIndexInfo.Of(index).Id,
            Weighted.Mean(m.Groups.Select(g => (scores.TryGetValue(g.Code, out var x) ? x : (double?)null, m.EmployedOf(g.Code)))),
            Weighted.Mean(m.Groups.Select(g => (percentiles.TryGetValue(g.Code, out var p) ? p : (double?)null, m.EmployedOf(g.Code)))),
            total > 0 ? covered / total : 0,
            scores.Count,
            m.IscoScores[index].Count,
            m.Units.Values.Count(u => !u.IsResidual));
    }
}

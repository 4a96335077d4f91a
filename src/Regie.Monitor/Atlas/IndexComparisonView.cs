using Regie.Core.Classifications;
using Regie.Core.Exposure;
using Regie.Core.Statistics;

namespace Regie.Monitor.Atlas;

/// <summary>
/// Do the indices agree? Spearman rank correlations for every pair at ISCO unit-group and BRC level, and the
/// occupations where ILO 2025 and each other index rank furthest apart (gap in percentile rank).
/// </summary>
internal static class IndexComparisonView
{
    public const int DisagreementsPerPair = 10;

    public static IndexComparison Build(AtlasModel m)
    {
        var indices = ExposureIndexInfo.All;
        var unitGroupsTotal = m.Units.Values.Count(u => !u.IsResidual);
        var correlations = new List<RankCorrelation>();
        foreach (var a in indices)
        {
            foreach (var b in indices.Where(b => b.Index > a.Index))
            {
                correlations.Add(Correlation(a, b, "isco", m.IscoScores[a.Index], m.IscoScores[b.Index]));
                correlations.Add(Correlation(a, b, "brc", m.BrcScores[a.Index], m.BrcScores[b.Index]));
            }
        }

        var headline = ExposureIndexInfo.Of(ExposureIndex.Ilo2025);
        var disagreements = indices.Where(i => i.Index != headline.Index).SelectMany(other =>
            Disagreements(headline, other, "brc", m.BrcPercentiles, c => m.Groups.First(g => g.Code == c).Title)
                .Concat(Disagreements(headline, other, "isco", m.IscoPercentiles, c => m.Units[c].TitleEn ?? m.Units[c].TitleNl)))
            .ToList();

        return new IndexComparison(
            indices.Select(i => new IndexDescriptor(
                i.Id, i.Name, i.Version, i.Measures, i.Scale, i.CrosswalkRoute,
                m.IscoScores[i.Index].Count, unitGroupsTotal, i.Citation, i.Licence)).ToList(),
            correlations,
            disagreements,
            [AtlasTexts.ScaleDiffers, AtlasTexts.UsBias, AtlasTexts.UsageNotFeasibility, AtlasTexts.NotJobLoss],
            SourceRefs.Indices(m));
    }

    private static RankCorrelation Correlation<TKey>(
        ExposureIndexInfo a, ExposureIndexInfo b, string level, IReadOnlyDictionary<TKey, double> x, IReadOnlyDictionary<TKey, double> y)
        where TKey : notnull, IComparable<TKey>
    {
        // Ordered: the correlation's float sums must not depend on hash order (same inputs, same bytes).
        var common = x.Keys.Where(y.ContainsKey).Order().ToArray();
        var xs = common.Select(k => x[k]).ToArray();
        var ys = common.Select(k => y[k]).ToArray();
        return new RankCorrelation(a.Id, b.Id, level, Ranks.Spearman(xs, ys), common.Length);
    }

    private static IEnumerable<RankDisagreement> Disagreements<TKey>(
        ExposureIndexInfo a,
        ExposureIndexInfo b,
        string level,
        IReadOnlyDictionary<ExposureIndex, IReadOnlyDictionary<TKey, double>> percentiles,
        Func<TKey, string> title)
        where TKey : notnull, IComparable<TKey>
    {
        var pa = percentiles[a.Index];
        var pb = percentiles[b.Index];
        return pa.Keys.Where(pb.ContainsKey)
            .Select(k => (Key: k, A: pa[k], B: pb[k], Gap: Math.Abs(pa[k] - pb[k])))
            .OrderByDescending(d => d.Gap).ThenBy(d => d.Key)
            .Take(DisagreementsPerPair)
            .Select(d => new RankDisagreement(level, d.Key.ToString()!, title(d.Key), a.Id, b.Id, d.A, d.B, d.Gap)); // Codes print as their digits.
    }
}

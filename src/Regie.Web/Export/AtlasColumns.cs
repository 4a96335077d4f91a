using Regie.Core.Exposure;
using Regie.Monitor.Atlas;

namespace Regie.Web.Export;

/// <summary>Column groups that several atlas tables share: one column per ILO 2025 class and one per index.</summary>
internal static class AtlasColumns
{
    /// <summary>Share in each ILO 2025 class, as columns <c>ilo2025Classes.&lt;class id&gt;</c> (0–1).</summary>
    public static TableBuilder<TRow> Ilo2025Shares<TRow>(this TableBuilder<TRow> table, Func<TRow, IReadOnlyList<ClassShare>> shares)
    {
        foreach (var id in IloClassLabels.All2025.Select(c => c.Id()))
        {
            table.Number($"ilo2025Classes.{id}", row => shares(row).FirstOrDefault(share => share.ClassId == id)?.Share);
        }

        return table;
    }

    /// <summary>Score of every index, as columns <c>scores.&lt;index id&gt;</c> in the index's own scale.</summary>
    public static TableBuilder<TRow> IndexScores<TRow>(this TableBuilder<TRow> table, Func<TRow, IReadOnlyDictionary<string, double?>> scores)
    {
        foreach (var id in ExposureIndexInfo.All.Select(index => index.Id))
        {
            table.Number($"scores.{id}", row => scores(row).GetValueOrDefault(id));
        }

        return table;
    }

    /// <summary>Score and percentile rank of every index, as <c>scores.&lt;id&gt;</c> and <c>percentiles.&lt;id&gt;</c>.</summary>
    public static TableBuilder<TRow> UnitGroupScores<TRow>(this TableBuilder<TRow> table, Func<TRow, IReadOnlyList<UnitGroupScore>> scores)
    {
        foreach (var id in ExposureIndexInfo.All.Select(index => index.Id))
        {
            table.Number($"scores.{id}", row => scores(row).FirstOrDefault(score => score.IndexId == id)?.Score);
        }

        foreach (var id in ExposureIndexInfo.All.Select(index => index.Id))
        {
            table.Number($"percentiles.{id}", row => scores(row).FirstOrDefault(score => score.IndexId == id)?.Percentile);
        }

        return table;
    }

    /// <summary>The BRC group's percentile rank among BRC groups on every index, as <c>percentiles.&lt;id&gt;</c>.</summary>
    public static TableBuilder<TRow> Percentiles<TRow>(this TableBuilder<TRow> table, IReadOnlyList<IndexPercentile> percentiles)
    {
        foreach (var id in ExposureIndexInfo.All.Select(index => index.Id))
        {
            table.Number($"percentiles.{id}", _ => percentiles.FirstOrDefault(percentile => percentile.IndexId == id)?.Percentile);
        }

        return table;
    }
}

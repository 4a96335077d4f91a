using Regie.Workplace.Pulse.Statistics;

namespace Regie.Workplace.Pulse.Aggregation;

/// <summary>
/// The change in one dimension for one group (or all groups, null) from the baseline wave to a later wave: the mean
/// score (scale points) and the share of high scores (percentage points), each with its 95 % interval.
/// </summary>
public sealed record DimensionChange(Guid FromWave, Guid ToWave, Guid? WorkerGroupId, string Dimension, Interval Mean, Interval SharePoints);

/// <summary>Computes changes between published cells only, so a change never reveals a suppressed cell.</summary>
public static class PulseChanges
{
    /// <summary>Changes from <paramref name="baseline"/> to every other wave, per group and for the total.</summary>
    public static IReadOnlyList<DimensionChange> From(PulseTable table, Guid baseline)
    {
        var changes = new List<DimensionChange>();
        foreach (var before in table.Cells.Where(c => c.WaveId == baseline && c.IsPublished))
        {
            var laters = table.Cells.Where(c => c.WaveId != baseline && c.WorkerGroupId == before.WorkerGroupId && c.IsPublished);
            foreach (var after in laters)
            {
                foreach (var b in before.Dimensions)
                {
                    if (after.Dimensions.FirstOrDefault(d => d.Code == b.Code) is not { } a)
                    {
                        continue;
                    }

                    var mean = ConfidenceIntervals.MeanChange(b.Mean, b.Variance, b.N, a.Mean, a.Variance, a.N);
                    var share = ConfidenceIntervals.ShareChange(b.High, b.N, a.High, a.N);
                    changes.Add(new DimensionChange(baseline, after.WaveId, before.WorkerGroupId, b.Code, mean,
                        new Interval(share.Estimate * 100, share.Lower * 100, share.Upper * 100)));
                }
            }
        }

        return changes;
    }
}

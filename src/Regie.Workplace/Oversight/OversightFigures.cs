namespace Regie.Workplace.Oversight;

/// <summary>
/// What a set of logged cases shows: how many of each kind, the acceptance and override rates and the review time.
/// Override rate = (modified + overridden + stopped) / cases: every case where the overseer did not let the output
/// stand as it was. Escalations count as cases but neither as accepted nor as overridden.
/// </summary>
public sealed record OversightFigures(
    int Cases, int Accepted, int Modified, int Overridden, int Stopped, int Escalated, double? MedianSeconds, double? P90Seconds)
{
    public static OversightFigures Empty { get; } = new(0, 0, 0, 0, 0, 0, null, null);

    /// <summary>Accepted / cases, or null without cases.</summary>
    public double? AcceptanceRate => Cases == 0 ? null : (double)Accepted / Cases;

    /// <summary>(Modified + overridden + stopped) / cases, or null without cases.</summary>
    public double? OverrideRate => Cases == 0 ? null : (double)(Modified + Overridden + Stopped) / Cases;
}

/// <summary>Computes <see cref="OversightFigures"/>; pure, so the tests check it against figures worked out by hand.</summary>
public static class OversightStatistics
{
    public static OversightFigures Of(IEnumerable<(OversightEventKind Kind, int Seconds)> cases)
    {
        var list = cases.ToList();
        if (list.Count == 0)
        {
            return OversightFigures.Empty;
        }

        var seconds = list.Select(c => c.Seconds).Order().ToArray();
        int Count(OversightEventKind kind) => list.Count(c => c.Kind == kind);
        return new OversightFigures(
            list.Count, Count(OversightEventKind.Accepted), Count(OversightEventKind.Modified), Count(OversightEventKind.Overridden),
            Count(OversightEventKind.Stopped), Count(OversightEventKind.Escalated), Median(seconds), Percentile90(seconds));
    }

    /// <summary>The middle value of sorted values; with an even count the mean of the two middle ones.</summary>
    public static double Median(IReadOnlyList<int> sorted)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /// <summary>
    /// The 90th percentile by the nearest-rank method: the value at rank ⌈0.9 n⌉ of the sorted values (1-based), so it
    /// is always one of the observed review times.
    /// </summary>
    public static double Percentile90(IReadOnlyList<int> sorted)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var rank = (int)Math.Ceiling(0.9 * sorted.Count);
        return sorted[rank - 1];
    }
}

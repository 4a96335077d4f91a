namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>Poverty lines derived from a distribution.</summary>
public static class PovertyLines
{
    /// <summary>The EU at-risk-of-poverty convention: <paramref name="share"/> (60 % by default) of the weighted
    /// median. Computed from the scenario's own distribution it is a relative line that moves with the scenario;
    /// computed once from the baseline and reused it is an anchored line. Label which.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not a positive finite number.</exception>
    public static double RelativePovertyLine(IncomeDistribution distribution, double share = 0.6)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        if (!(share > 0) || !double.IsFinite(share))
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "The share of the median must be a positive finite number.");
        }

        return share * distribution.Median();
    }
}

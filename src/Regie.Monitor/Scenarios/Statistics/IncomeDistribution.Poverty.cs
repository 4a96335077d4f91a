namespace Regie.Monitor.Scenarios.Statistics;

public sealed partial class IncomeDistribution
{
    /// <summary>
    /// Poverty against the line <paramref name="line"/>: the headcount rate Σ w·1[y &lt; z] / W (strictly below the
    /// line) and the income gap ratio, the poor's mean shortfall as a share of the line,
    /// Σ_poor w·(z − max(y, 0)) / (z·Σ_poor w). A negative income counts as a shortfall of the whole line, so the gap
    /// ratio stays in [0, 1]. Whether the line is relative (moves with the scenario, see
    /// <see cref="PovertyLines.RelativePovertyLine"/>) or anchored (the baseline's, frozen) is the caller's choice and
    /// must be stated with the result.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is not a positive finite number.</exception>
    public PovertyResult Poverty(double line)
    {
        if (!(line > 0) || !double.IsFinite(line))
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, "A poverty line must be a positive finite income.");
        }

        var incomes = Incomes;
        var weights = GroupWeights;
        var poorWeight = 0.0;
        var shortfall = 0.0;
        for (var g = 0; g < incomes.Length && incomes[g] < line; g++)
        {
            poorWeight += weights[g];
            shortfall += weights[g] * (line - Math.Max(0.0, incomes[g]));
        }

        var gap = poorWeight > 0 ? shortfall / (line * poorWeight) : 0.0;
        return new PovertyResult(poorWeight / TotalWeight, gap, poorWeight);
    }
}

namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>The quantile rule of <see cref="IncomeDistribution.Quantile(double)"/>, on tie groups.</summary>
internal static class WeightedQuantile
{
    /// <summary>
    /// The smallest income whose cumulative weight exceeds <paramref name="target"/> (= p·W), or, when a cumulative
    /// weight equals it exactly, the midpoint of that income and the next one of positive weight. Groups of weight 0
    /// are skipped: they are not part of the population.
    /// </summary>
    public static double Of(ReadOnlySpan<double> incomes, ReadOnlySpan<double> weights, double target)
    {
        var cumulative = 0.0;
        var last = double.NaN;
        for (var g = 0; g < incomes.Length; g++)
        {
            if (weights[g] == 0)
            {
                continue;
            }

            // The same additions, in the same order, as the total weight: at p = 1 the last group lands exactly on it.
            cumulative += weights[g];
            last = incomes[g];
            if (cumulative > target)
            {
                return incomes[g];
            }

            if (cumulative == target)
            {
                return (incomes[g] + NextPositive(incomes, weights, g)) / 2;
            }
        }

        return last; // Only reached through rounding of p·W above W; the highest income is the answer.
    }

    private static double NextPositive(ReadOnlySpan<double> incomes, ReadOnlySpan<double> weights, int g)
    {
        for (var next = g + 1; next < incomes.Length; next++)
        {
            if (weights[next] > 0)
            {
                return incomes[next];
            }
        }

        return incomes[g];
    }
}

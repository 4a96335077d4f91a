namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>
/// One outcome across Monte Carlo draws (microsimulation note §4): its mean, the draw-to-draw standard deviation, the
/// 5 % and 95 % quantiles and the Monte Carlo standard error of the mean. Label the spread "allocation uncertainty":
/// it says how much the random assignment of shocks moves the result, not how uncertain the survey is.
/// </summary>
/// <param name="Draws">Number of draws, n.</param>
/// <param name="Mean">The mean over draws, summed in draw order.</param>
/// <param name="StandardDeviation">Sample standard deviation with n − 1; null for a single draw.</param>
/// <param name="P5">5 % quantile, by the rule of <see cref="IncomeDistribution.Quantile(double)"/> with equal weights
/// (the smallest draw with at least 5 % of the draws at or below it; the midpoint on an exact step).</param>
/// <param name="P95">95 % quantile, by the same rule.</param>
/// <param name="StandardError">StandardDeviation / √n; null for a single draw.</param>
public sealed record MonteCarloSummary(int Draws, double Mean, double? StandardDeviation, double P5, double P95, double? StandardError)
{
    /// <summary>Summarises the value of one outcome in each draw, in draw (seed) order.</summary>
    /// <exception cref="ArgumentException">There are no draws, or a value is NaN or infinite.</exception>
    public static MonteCarloSummary Of(ReadOnlySpan<double> drawValues)
    {
        var n = drawValues.Length;
        if (n == 0)
        {
            throw new ArgumentException("A Monte Carlo summary needs at least one draw.", nameof(drawValues));
        }

        var sum = 0.0;
        foreach (var value in drawValues)
        {
            sum += double.IsFinite(value) ? value : throw new ArgumentException($"A draw is {value}; draws must be finite.", nameof(drawValues));
        }

        var mean = sum / n;
        var squares = 0.0;
        foreach (var value in drawValues)
        {
            squares += (value - mean) * (value - mean);
        }

        double? sd = n > 1 ? Math.Sqrt(squares / (n - 1)) : null;
        var ones = new double[n];
        Array.Fill(ones, 1.0);
        var draws = IncomeDistribution.Create(drawValues, ones);
        return new MonteCarloSummary(n, mean, sd, draws.Quantile(0.05), draws.Quantile(0.95), sd / Math.Sqrt(n));
    }
}

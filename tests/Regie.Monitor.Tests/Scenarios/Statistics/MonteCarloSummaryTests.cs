using CsCheck;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Tests.Scenarios.Statistics;

/// <summary>Summaries of an outcome across draws.</summary>
public sealed class MonteCarloSummaryTests
{
    [Fact]
    public void Five_draws_worked_by_hand()
    {
        // 1..5: mean 3; Σ(x − 3)² = 4 + 1 + 0 + 1 + 4 = 10, sd = √(10/4); se = sd/√5.
        // p5: 0.05·5 = 0.25 draws, passed at the first draw → 1; p95: 4.75, passed only at the fifth → 5.
        var summary = MonteCarloSummary.Of([3.0, 1.0, 5.0, 2.0, 4.0]);

        Assert.Equal(new MonteCarloSummary(5, 3, Math.Sqrt(2.5), 1, 5, Math.Sqrt(2.5) / Math.Sqrt(5)), summary);
    }

    [Fact]
    public void Fifty_draws_take_the_third_and_the_forty_eighth_as_the_outer_quantiles()
    {
        // 0.05·50 = 2.5 draws: passed at the 3rd; 0.95·50 = 47.5: passed at the 48th.
        var draws = Enumerable.Range(1, 50).Select(k => k * 10.0).Reverse().ToArray();

        var summary = MonteCarloSummary.Of(draws);

        Assert.Equal((30.0, 480.0), (summary.P5, summary.P95));
    }

    [Fact]
    public void Spread_equals_the_textbook_formulas() =>
        Gen.Double[-1e4, 1e4].Array[2, 60].Sample(draws =>
        {
            var mean = draws.Average();
            var sd = Math.Sqrt(draws.Sum(x => (x - mean) * (x - mean)) / (draws.Length - 1));

            var summary = MonteCarloSummary.Of(draws);

            Tolerance.Close(mean, summary.Mean, 1e4, "mean");
            Tolerance.Close(sd, summary.StandardDeviation!.Value, 1e4, "sd"); // Not null: two draws or more.
            Tolerance.Close(sd / Math.Sqrt(draws.Length), summary.StandardError!.Value, 1e4, "se");
            Assert.InRange(summary.P5, draws.Min(), summary.P95);
        });

    [Fact]
    public void A_single_draw_has_no_spread()
    {
        var summary = MonteCarloSummary.Of([7.0]);

        Assert.Equal(new MonteCarloSummary(1, 7, null, 7, 7, null), summary);
    }

    [Fact]
    public void Rejects_no_draws() => Assert.Throws<ArgumentException>(() => MonteCarloSummary.Of([]));
}

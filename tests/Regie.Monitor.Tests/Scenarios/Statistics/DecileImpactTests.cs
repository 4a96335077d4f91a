using CsCheck;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Tests.Scenarios.Statistics;

/// <summary>Change by baseline-fixed decile: means, relative change without sign flips, winners and losers.</summary>
public sealed class DecileImpactTests
{
    /// <summary>A baseline sample, a scenario change per record (often zero, sometimes ±0.5 % to ±40 %), and its deciles.</summary>
    private static readonly Gen<(WeightedIncomes Baseline, double[] Scenario, byte[] Deciles)> Runs =
        WeightedIncomes.Any.SelectMany(sample =>
            Gen.Frequency(
                    (2, Gen.Const(0.0)),
                    (3, Gen.Double[-0.4, 0.4]),
                    (1, Gen.Double[-0.015, 0.015]),
                    (1, Gen.Double[-5_000, 5_000]))
                .Array[sample.Count]
                .Select(change => (
                    sample,
                    sample.Income.Select((y, i) => Math.Abs(change[i]) < 1 ? y + (Math.Abs(y) * change[i]) : y + change[i]).ToArray(),
                    sample.Distribution().Deciles().DecileOfRecord)));

    [Fact]
    public void Figures_per_decile_equal_the_records_summed_by_decile() =>
        Runs.Sample(run =>
        {
            var (baseline, scenario, deciles) = run;

            var impact = DecileImpact.Compute(deciles, baseline.Income, scenario, baseline.Weight);

            foreach (var row in impact.Deciles)
            {
                var members = Enumerable.Range(0, deciles.Length).Where(i => deciles[i] == row.Decile).ToArray();
                var weight = members.Sum(i => baseline.Weight[i]);
                var scale = members.Sum(i => baseline.Weight[i] * Math.Max(Math.Abs(baseline.Income[i]), Math.Abs(scenario[i])));
                Assert.Equal(members.Length, row.Impact.Count);
                if (weight == 0)
                {
                    Assert.Null(row.Impact.MeanBaseline);
                    continue;
                }

                var baseTotal = members.Sum(i => baseline.Weight[i] * baseline.Income[i]);
                var change = members.Sum(i => baseline.Weight[i] * (scenario[i] - baseline.Income[i]));
                Tolerance.Close(baseTotal / weight, row.Impact.MeanBaseline!.Value, scale / weight, "mean baseline"); // Not null: weight > 0.
                Tolerance.Close(change / weight, row.Impact.AbsoluteChange!.Value, scale / weight, "absolute change");
            }
        });

    [Fact]
    public void Winners_losers_and_the_unchanged_make_up_each_decile() =>
        Runs.Sample(run =>
        {
            var (baseline, scenario, deciles) = run;

            var impact = DecileImpact.Compute(deciles, baseline.Income, scenario, baseline.Weight);

            foreach (var summary in impact.Deciles.Select(r => r.Impact).Append(impact.Overall).Where(s => s.Weight > 0))
            {
                Tolerance.Close(1.0, summary.GainShare!.Value + summary.LossShare!.Value + summary.NoChangeShare!.Value, what: "shares");
                Assert.True(summary.LargeLossShare <= summary.LossShare); // Not null above: weight > 0.
            }
        });

    [Fact]
    public void A_decile_whose_baseline_income_sums_to_zero_or_less_shows_no_relative_change()
    {
        // Decile 1 holds −500 (→ −400) and 100 (→ 150): Σ w·y_base = −400 ≤ 0. A relative change would be 150/−400 =
        // −37.5 %, a "loss" for a group that gained 75 a head; it must be absent and the absolute change shown.
        byte[] deciles = [1, 1, 2];

        var impact = DecileImpact.Compute(deciles, [-500.0, 100.0, 1_000.0], [-400.0, 150.0, 1_000.0], [1.0, 1.0, 1.0]);

        Assert.Null(impact.Deciles[0].Impact.RelativeChange);
        Assert.Equal(75, impact.Deciles[0].Impact.AbsoluteChange);
        Assert.Equal(0, impact.Deciles[1].Impact.RelativeChange);
    }

    [Fact]
    public void Thresholds_are_relative_to_each_records_own_baseline_income()
    {
        // Baseline 100 each: 101 is +1 % exactly (no change: the threshold is strict), 101.5 a gain, 98 a loss, 94 a
        // loss and a large loss. From 0 and −20 the sign decides: 0 → 3 is a gain, −20 → −21 a loss and a large one.
        byte[] deciles = [1, 1, 1, 1, 1, 1];

        var impact = DecileImpact.Compute(
            deciles, [100.0, 100.0, 100.0, 100.0, 0.0, -20.0], [101.0, 101.5, 98.0, 94.0, 3.0, -21.0], [1.0, 1.0, 1.0, 1.0, 1.0, 1.0]);

        var row = impact.Deciles[0].Impact;
        Assert.Equal(2.0 / 6, row.GainShare);
        Assert.Equal(3.0 / 6, row.LossShare);
        Assert.Equal(2.0 / 6, row.LargeLossShare);
        Assert.Equal(1.0 / 6, row.NoChangeShare);
    }

    [Fact]
    public void Empty_deciles_have_no_means_instead_of_NaN()
    {
        byte[] deciles = [10];

        var impact = DecileImpact.Compute(deciles, [50.0], [60.0], [1.0]);

        Assert.Equal(new ImpactSummary(0, 0, null, null, null, null, null, null, null, null), impact.Deciles[0].Impact);
        Assert.Equal(0.2, impact.Deciles[9].Impact.RelativeChange!.Value, 15); // Not null: baseline 50 > 0.
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Rejects_a_decile_outside_one_to_ten(byte decile)
    {
        byte[] deciles = [decile];

        Assert.Throws<ArgumentException>(() => DecileImpact.Compute(deciles, [1.0], [1.0], [1.0]));
    }
}

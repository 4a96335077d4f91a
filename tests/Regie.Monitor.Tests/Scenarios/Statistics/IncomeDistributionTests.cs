using CsCheck;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Tests.Scenarios.Statistics;

/// <summary>Creating a distribution: totals, mean, determinism, buffers and bad input.</summary>
public sealed class IncomeDistributionTests
{
    [Fact]
    public void Total_weight_and_mean_equal_the_reference() =>
        WeightedIncomes.Any.Sample(sample =>
        {
            var reference = sample.Reference();

            var distribution = sample.Distribution();

            Assert.Equal(sample.Count, distribution.Count);
            Tolerance.Close(reference.TotalWeight, distribution.TotalWeight, what: "W");
            Tolerance.Close(reference.Mean(), distribution.Mean(), MeanAbsoluteIncome(sample), "mean");
        });

    [Fact]
    public void Every_statistic_is_bit_identical_whatever_the_order_of_the_records() =>
        Gen.Select(WeightedIncomes.Any, Gen.ULong).Sample((sample, seed) =>
        {
            var (shuffled, order) = sample.Shuffled(seed);

            var before = Statistics.Of(sample.Distribution());
            var after = Statistics.Of(shuffled.Distribution());

            Assert.Equal(before.Summary, after.Summary);
            Assert.Equal(before.Rows, after.Rows);
            Assert.Equal(order.Select(i => before.Deciles[i]), after.Deciles);
        });

    [Fact]
    public void The_radix_sort_and_a_comparison_sort_give_bit_identical_statistics() =>
        WeightedIncomes.Any.Sample(sample =>
        {
            var radix = IncomeDistribution.Create(sample.Income, sample.Weight, new DistributionBuffers(), SortStrategy.Radix);
            var comparison = IncomeDistribution.Create(sample.Income, sample.Weight, new DistributionBuffers(), SortStrategy.Comparison);

            Assert.Equal(Statistics.Of(radix).Summary, Statistics.Of(comparison).Summary);
            Assert.Equal(radix.Deciles().DecileOfRecord, comparison.Deciles().DecileOfRecord);
        });

    [Fact]
    public void Reused_buffers_give_the_same_statistics_as_fresh_ones() =>
        Gen.Select(WeightedIncomes.Any, WeightedIncomes.Any).Sample((first, second) =>
        {
            var buffers = new DistributionBuffers();
            _ = IncomeDistribution.Create(first.Income, first.Weight, buffers).Gini();

            var reused = IncomeDistribution.Create(second.Income, second.Weight, buffers);

            Assert.Equal(Statistics.Of(second.Distribution()).Summary, Statistics.Of(reused).Summary);
        });

    [Fact]
    public void A_distribution_whose_buffers_were_reused_refuses_to_answer()
    {
        var buffers = new DistributionBuffers(4);
        var first = IncomeDistribution.Create([1.0, 2.0], [1.0, 1.0], buffers);

        _ = IncomeDistribution.Create([5.0, 6.0, 7.0], [1.0, 1.0, 1.0], buffers);

        Assert.Throws<InvalidOperationException>(() => first.Median());
    }

    [Theory]
    [InlineData(double.NaN, 1.0)]
    [InlineData(double.PositiveInfinity, 1.0)]
    [InlineData(1.0, -1.0)]
    [InlineData(1.0, double.NaN)]
    [InlineData(1.0, 0.0)]
    public void Rejects_incomes_or_weights_that_are_not_usable(double income, double weight)
    {
        double[] incomes = [income];
        double[] weights = [weight];

        Assert.Throws<ArgumentException>(() => IncomeDistribution.Create(incomes, weights));
    }

    [Fact]
    public void Rejects_spans_of_different_lengths() =>
        Assert.Throws<ArgumentException>(() => IncomeDistribution.Create([1.0, 2.0], [1.0]));

    [Fact]
    public void Rejects_an_empty_distribution() =>
        Assert.Throws<ArgumentException>(() => IncomeDistribution.Create([], []));

    [Fact]
    public void Counts_distinct_incomes_with_minus_zero_equal_to_zero()
    {
        var distribution = IncomeDistribution.Create([-0.0, 0.0, 3.0, 3.0], [1.0, 1.0, 1.0, 1.0]);

        Assert.Equal(2, distribution.DistinctIncomes);
    }

    internal static double MeanAbsoluteIncome(WeightedIncomes sample) =>
        sample.Income.Zip(sample.Weight, (y, w) => Math.Abs(y) * w).Sum() / sample.Weight.Sum();

    /// <summary>Every output of a distribution, in a form <c>Assert.Equal</c> compares bit for bit.</summary>
    internal sealed record Statistics(
        (double, double, double, double, double, GiniResult, S80S20Result, PovertyResult, double, double) Summary,
        DecileRow[] Rows,
        byte[] Deciles)
    {
        public static Statistics Of(IncomeDistribution d)
        {
            var deciles = d.Deciles();
            var line = Math.Max(1.0, PovertyLines.RelativePovertyLine(d));
            return new Statistics(
                (d.TotalWeight, d.Mean(), d.Median(), d.Quantile(0.1), d.Quantile(0.9), d.Gini(), d.S80S20(), d.Poverty(line),
                    deciles.NonPositiveWeight, deciles.LargestTieGroupWeight),
                deciles.Rows,
                deciles.DecileOfRecord);
        }
    }
}

using CsCheck;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Tests.Scenarios.Statistics;

/// <summary>Weighted quantiles: the inverse of the weighted distribution function, midpoint on an exact step.</summary>
public sealed class QuantileTests
{
    private static readonly double[] Probabilities = [0, 0.05, 0.1, 0.2, 0.25, 0.5, 0.75, 0.8, 0.9, 0.95, 1];

    [Fact]
    public void Quantiles_equal_the_reference() =>
        Gen.Select(WeightedIncomes.Dyadic, Gen.Double[0, 1]).Sample((sample, p) =>
        {
            var distribution = sample.Distribution();
            var reference = sample.Reference();

            foreach (var probability in Probabilities.Append(p))
            {
                Assert.Equal(reference.Quantile(probability), distribution.Quantile(probability));
            }
        });

    [Fact]
    public void Quantiles_of_equal_weights_equal_the_reference_on_exact_steps_too() =>
        WeightedIncomes.AnyIncome.Array[1, 40].Sample(incomes =>
        {
            // Weight 1 each: p·W lands exactly on a cumulative weight whenever p·n is whole (the median of an even n).
            var weights = Enumerable.Repeat(1.0, incomes.Length).ToArray();
            var distribution = IncomeDistribution.Create(incomes, weights);
            var reference = new ReferenceDistribution(incomes, weights);

            foreach (var probability in Probabilities)
            {
                Assert.Equal(reference.Quantile(probability), distribution.Quantile(probability));
            }
        });

    [Fact]
    public void The_median_of_an_even_number_of_equal_weights_is_the_mean_of_the_middle_two()
    {
        // 10, 20, 30, 30: F(20) = 2/4 = 0.5 exactly, so the median is (20 + 30) / 2 = 25.
        var median = IncomeDistribution.Create([30.0, 10.0, 30.0, 20.0], [1.0, 1.0, 1.0, 1.0]).Median();

        Assert.Equal(25, median);
    }

    [Fact]
    public void A_record_of_weight_two_counts_as_two_records()
    {
        // 10×1, 20×1, 30×2: W = 4, F(20) = 2/4 = 0.5 exactly, as for 10, 20, 30, 30.
        var median = IncomeDistribution.Create([10.0, 20.0, 30.0], [1.0, 1.0, 2.0]).Median();

        Assert.Equal(25, median);
    }

    [Fact]
    public void A_quantile_between_steps_is_the_income_where_the_weight_first_passes_it()
    {
        // 100×1, 200×3, 300×1: W = 5; p = 0.3 → target 1.5; F·W is 1 at 100 and 4 at 200, so 200.
        var quantile = IncomeDistribution.Create([300.0, 100.0, 200.0], [1.0, 1.0, 3.0]).Quantile(0.3);

        Assert.Equal(200, quantile);
    }

    [Fact]
    public void The_extreme_quantiles_ignore_records_of_weight_zero()
    {
        var distribution = IncomeDistribution.Create([-50.0, 10.0, 20.0, 999.0], [0.0, 1.0, 1.0, 0.0]);

        Assert.Equal(10, distribution.Quantile(0));
        Assert.Equal(20, distribution.Quantile(1));
        Assert.Equal(15, distribution.Median());
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Rejects_a_probability_outside_zero_to_one(double p)
    {
        var distribution = IncomeDistribution.Create([1.0], [1.0]);

        Assert.Throws<ArgumentOutOfRangeException>(() => distribution.Quantile(p));
    }
}

using CsCheck;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Tests.Scenarios.Statistics;

/// <summary>Headcount rate and income gap ratio against a line, and the relative line.</summary>
public sealed class PovertyTests
{
    [Fact]
    public void Rate_and_gap_equal_the_reference() =>
        Gen.Select(WeightedIncomes.Any, Gen.Double[1, 200_000]).Sample((sample, line) =>
        {
            var (rate, gap) = sample.Reference().Poverty(line);

            var poverty = sample.Distribution().Poverty(line);

            Tolerance.Close(rate, poverty.HeadcountRate, what: "rate");
            Tolerance.Close(gap, poverty.GapRatio, what: "gap");
        });

    [Fact]
    public void Scaling_every_income_leaves_the_rate_against_the_relative_line_unchanged() =>
        Gen.Select(WeightedIncomes.Any, Gen.Int[-10, 10]).Sample((sample, power) =>
        {
            // c = 2^power scales every income, the median and the line exactly, so no record changes side by rounding.
            var scaled = sample.Income.Select(y => Math.ScaleB(y, power)).ToArray();
            var before = sample.Distribution();
            var after = IncomeDistribution.Create(scaled, sample.Weight);
            if (PovertyLines.RelativePovertyLine(before) <= 0)
            {
                return; // A median of zero or less gives no usable relative line.
            }

            Assert.Equal(
                before.Poverty(PovertyLines.RelativePovertyLine(before)).HeadcountRate,
                after.Poverty(PovertyLines.RelativePovertyLine(after)).HeadcountRate);
        });

    [Fact]
    public void Counts_the_weight_strictly_below_the_line_and_its_mean_shortfall()
    {
        // 5, 10, 20, 40 against 12: 5 and 10 are poor, rate 2/4; shortfalls 7 and 2, gap (7 + 2)/(12·2) = 0.375.
        var poverty = IncomeDistribution.Create([40.0, 5.0, 20.0, 10.0], [1.0, 1.0, 1.0, 1.0]).Poverty(12);

        Assert.Equal(new PovertyResult(0.5, 0.375, 2), poverty);
        Assert.Equal(0.1875, poverty.GapIndex);
    }

    [Fact]
    public void An_income_on_the_line_is_not_poor()
    {
        var poverty = IncomeDistribution.Create([12.0, 30.0], [1.0, 1.0]).Poverty(12);

        Assert.Equal(0, poverty.HeadcountRate);
    }

    [Fact]
    public void A_negative_income_falls_short_by_the_whole_line()
    {
        // −50 and 6 against 12: shortfalls 12 (not 62) and 6; gap (12 + 6)/(12·2) = 0.75.
        var poverty = IncomeDistribution.Create([-50.0, 6.0], [1.0, 1.0]).Poverty(12);

        Assert.Equal(0.75, poverty.GapRatio);
    }

    [Fact]
    public void The_relative_line_is_sixty_percent_of_the_weighted_median()
    {
        // 5, 10, 20, 40: median (10 + 20)/2 = 15, line 0.6·15 = 9, only 5 is below it.
        var distribution = IncomeDistribution.Create([5.0, 10.0, 20.0, 40.0], [1.0, 1.0, 1.0, 1.0]);

        var line = PovertyLines.RelativePovertyLine(distribution);

        Assert.Equal(9, line, 15);
        Assert.Equal(0.25, distribution.Poverty(line).HeadcountRate);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Rejects_a_line_that_is_not_a_positive_income(double line)
    {
        var distribution = IncomeDistribution.Create([1.0], [1.0]);

        Assert.Throws<ArgumentOutOfRangeException>(() => distribution.Poverty(line));
    }
}

using CsCheck;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Tests.Scenarios.Statistics;

/// <summary>The income quintile share ratio, splitting records that straddle the 20 % and 80 % points.</summary>
public sealed class S80S20Tests
{
    [Fact]
    public void The_quintile_incomes_equal_the_reference() =>
        WeightedIncomes.Dyadic.Sample(sample =>
        {
            // Dyadic weights: every cumulative weight, and so every cut, is exact in any order of summation.
            var (bottom, top) = sample.Reference().QuintileIncomes();
            var scale = IncomeDistributionTests.MeanAbsoluteIncome(sample) * sample.Weight.Sum();

            var ratio = sample.Distribution().S80S20();

            Tolerance.Close(bottom, ratio.BottomQuintileIncome, scale, "bottom");
            Tolerance.Close(top, ratio.TopQuintileIncome, scale, "top");
        });

    [Fact]
    public void The_quintile_incomes_equal_the_reference_up_to_where_rounding_puts_the_cut() =>
        WeightedIncomes.Any.Sample(sample =>
        {
            // With arbitrary weights the 20 % and 80 % points carry a few ulps of W of rounding, which depends on the
            // order of summation; the record straddling a cut turns that into y·δ. Allow 10⁻¹² · max|y| · W for it.
            var (bottom, top) = sample.Reference().QuintileIncomes();
            var total = sample.Weight.Sum();
            var scale = (IncomeDistributionTests.MeanAbsoluteIncome(sample) * total) + (1e-3 * sample.Income.Max(Math.Abs) * total);

            var ratio = sample.Distribution().S80S20();

            Tolerance.Close(bottom, ratio.BottomQuintileIncome, scale, "bottom");
            Tolerance.Close(top, ratio.TopQuintileIncome, scale, "top");
        });

    [Fact]
    public void Scaling_every_income_leaves_the_ratio_unchanged() =>
        Gen.Select(WeightedIncomes.Any, Gen.Double[1e-3, 1e3]).Sample((sample, c) =>
        {
            var before = sample.Distribution().S80S20().Ratio;

            var after = IncomeDistribution.Create([.. sample.Income.Select(y => y * c)], sample.Weight).S80S20().Ratio;

            Assert.Equal(before.HasValue, after.HasValue);
            if (before is { } b && after is { } a)
            {
                Tolerance.Close(b, a, what: "S80/S20");
            }
        });

    [Fact]
    public void Ten_equal_steps_divide_the_top_two_by_the_bottom_two()
    {
        // 1..10, weight 1: the bottom 20 % is {1, 2} = 3, the top 20 % is {9, 10} = 19; S80/S20 = 19/3.
        var ratio = IncomeDistribution.Create([.. Enumerable.Range(1, 10).Select(i => (double)i)], [.. Enumerable.Repeat(1.0, 10)]).S80S20();

        Assert.Equal(new S80S20Result(19.0 / 3, 3, 19), ratio);
    }

    [Fact]
    public void A_record_straddling_a_quintile_point_is_split()
    {
        // 1, 2, 3, weight 1, W = 3: the bottom 20 % is 0.6 of the first record (0.6·1), the top 20 % the last 0.6 of the
        // third (0.6·3 = 1.8); ratio 3.
        var ratio = IncomeDistribution.Create([3.0, 1.0, 2.0], [1.0, 1.0, 1.0]).S80S20();

        Assert.Equal(0.6, ratio.BottomQuintileIncome, 12);
        Assert.Equal(1.8, ratio.TopQuintileIncome, 12);
        Assert.Equal(3, ratio.Ratio!.Value, 12); // Not null: the bottom quintile has income 0.6.
    }

    [Fact]
    public void A_bottom_quintile_without_income_has_no_ratio()
    {
        var ratio = IncomeDistribution.Create([-10.0, 0.0, 0.0, 5.0, 7.0], [1.0, 1.0, 1.0, 1.0, 1.0]).S80S20();

        Assert.Null(ratio.Ratio);
    }
}

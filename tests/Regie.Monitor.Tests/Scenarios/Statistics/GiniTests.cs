using CsCheck;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Tests.Scenarios.Statistics;

/// <summary>The weighted Gini: cumulative sums against the O(n²) pair sum, and cases worked by hand.</summary>
public sealed class GiniTests
{
    [Fact]
    public void The_Gini_equals_the_pairwise_reference() =>
        WeightedIncomes.Any.Sample(sample =>
            Tolerance.Close(sample.Reference().Gini(), sample.Distribution().Gini().Value, what: "Gini"));

    [Fact]
    public void Equal_incomes_have_a_Gini_of_exactly_zero() =>
        Gen.Select(Gen.Double[-1e3, 1e7], WeightedIncomes.AnyWeight.Array[1, 50].Where(w => w.Any(x => x > 0))).Sample((income, weights) =>
        {
            var incomes = Enumerable.Repeat(income, weights.Length).ToArray();

            var gini = IncomeDistribution.Create(incomes, weights).Gini();

            Assert.Equal(0.0, gini.Value);
        });

    [Fact]
    public void When_one_record_has_everything_the_Gini_is_one_minus_its_share_of_the_weight() =>
        Gen.Select(Gen.Double[1, 1e7], WeightedIncomes.AnyWeight.Array[2, 50].Where(w => w[0] > 0)).Sample((income, weights) =>
        {
            // Pairs (rich, other): 2·w₁·Y·(W − w₁); 2W²μ = 2W·w₁·Y; so G = (W − w₁)/W = 1 − w₁/W (1 − 1/n unweighted).
            var incomes = weights.Select((_, i) => i == 0 ? income : 0.0).ToArray();

            var gini = IncomeDistribution.Create(incomes, weights).Gini();

            Tolerance.Close(1 - (weights[0] / weights.Sum()), gini.Value, what: "Gini");
        });

    [Fact]
    public void Scaling_every_income_leaves_the_Gini_unchanged() =>
        Gen.Select(WeightedIncomes.Any, Gen.Double[1e-3, 1e3]).Sample((sample, c) =>
        {
            var scaled = sample.Income.Select(y => y * c).ToArray();

            var gini = IncomeDistribution.Create(scaled, sample.Weight).Gini().Value;

            Tolerance.Close(sample.Distribution().Gini().Value, gini, what: "Gini");
        });

    [Fact]
    public void Four_equal_steps_have_a_Gini_of_a_quarter()
    {
        // y = 1, 2, 3, 4: the six pair differences are 1+2+3+1+2+1 = 10, both orders 20; 2n²μ = 2·16·2.5 = 80; G = 0.25.
        // Cumulative sums: S = 1, 3, 6, 10; Σ(S_{k−1} + S_k) = 1 + 4 + 9 + 16 = 30; G = 1 − 30/(4·10) = 0.25.
        var gini = IncomeDistribution.Create([4.0, 1.0, 3.0, 2.0], [1.0, 1.0, 1.0, 1.0]).Gini();

        Assert.Equal(0.25, gini.Value, 15);
    }

    [Fact]
    public void Weights_count_as_people()
    {
        // 10 (weight 1) and 20 (weight 3): W = 4, μ = (10 + 60)/4 = 17.5; pairs 2·1·3·10 = 60; G = 60/(2·16·17.5) = 3/28.
        var gini = IncomeDistribution.Create([10.0, 20.0], [1.0, 3.0]).Gini();

        Assert.Equal(3.0 / 28, gini.Value, 15);
    }

    [Fact]
    public void Negative_incomes_are_bottom_coded_at_zero_and_counted()
    {
        // −5, 0, 10 → 0, 0, 10: one record has everything, G = 1 − 1/3.
        var gini = IncomeDistribution.Create([-5.0, 0.0, 10.0], [1.0, 1.0, 1.0]).Gini();

        Assert.Equal(2.0 / 3, gini.Value, 15);
        Assert.Equal(1, gini.BottomCodedCount);
        Assert.Equal(1.0, gini.BottomCodedWeight);
    }

    [Fact]
    public void No_positive_income_at_all_is_perfect_equality_not_an_error()
    {
        var gini = IncomeDistribution.Create([-5.0, 0.0, -1.0], [1.0, 2.0, 1.0]).Gini();

        Assert.Equal(new GiniResult(0, 2, 2.0), gini);
    }
}

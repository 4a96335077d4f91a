using CsCheck;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Tests.Scenarios.Statistics;

/// <summary>Deciles by the note's rules: tie groups never split, decile of the group's weight midpoint, non-positive in 1.</summary>
public sealed class DecilesTests
{
    /// <summary>At least 40 distinct positive incomes, each on one or two records of weight 1 to 2: no tie group
    /// (at most 4) weighs more than W/10 (at least 4).</summary>
    private static readonly Gen<WeightedIncomes> Spread =
        Gen.Select(Gen.Double[1, 1e6], Gen.Int[1, 2], Gen.Double[1, 2]).Array[40, 200]
            .Where(records => records.Select(r => r.Item1).Distinct().Count() == records.Length)
            .Select(records => records.SelectMany(r => Enumerable.Repeat((r.Item1, r.Item3), r.Item2)).ToArray())
            .Select(records => new WeightedIncomes([.. records.Select(r => r.Item1)], [.. records.Select(r => r.Item2)]));

    [Fact]
    public void Every_record_gets_the_decile_of_the_reference() =>
        WeightedIncomes.Dyadic.Sample(sample =>
        {
            var reference = sample.Reference();

            var deciles = sample.Distribution().Deciles().DecileOfRecord;

            Assert.Equal(Enumerable.Range(0, sample.Count).Select(i => (byte)reference.DecileOf(i)), deciles);
        });

    [Fact]
    public void Decile_rows_equal_the_records_grouped_by_decile() =>
        WeightedIncomes.Dyadic.Sample(sample =>
        {
            var assignment = sample.Distribution().Deciles();

            foreach (var row in assignment.Rows)
            {
                var members = Enumerable.Range(0, sample.Count).Where(i => assignment.DecileOfRecord[i] == row.Decile).ToArray();
                var weight = members.Sum(i => sample.Weight[i]);
                Assert.Equal(members.Length, row.Count);
                Assert.Equal(weight, row.Weight); // Dyadic weights: exact in any order.
                Assert.Equal(members.Length == 0 ? null : members.Min(i => sample.Income[i]), row.Min);
                Assert.Equal(members.Length == 0 ? null : members.Max(i => sample.Income[i]), row.Max);
                if (weight > 0)
                {
                    var mean = members.Sum(i => sample.Weight[i] * sample.Income[i]) / weight;
                    Tolerance.Close(mean, row.Mean!.Value, members.Max(i => Math.Abs(sample.Income[i])), "mean"); // Not null: weight > 0.
                }
                else
                {
                    Assert.Null(row.Mean);
                }
            }
        });

    [Fact]
    public void Deciles_run_from_one_to_ten_and_never_outside() =>
        WeightedIncomes.Any.Sample(sample =>
        {
            var assignment = sample.Distribution().Deciles();

            Assert.All(assignment.DecileOfRecord, d => Assert.InRange(d, (byte)1, (byte)10));
            Assert.Equal(Enumerable.Range(1, 10), assignment.Rows.Select(r => r.Decile));
        });

    [Fact]
    public void Identical_incomes_are_never_split_and_higher_incomes_never_rank_lower() =>
        WeightedIncomes.Any.Sample(sample =>
        {
            var deciles = sample.Distribution().Deciles().DecileOfRecord;

            for (var i = 0; i < sample.Count; i++)
            {
                for (var j = 0; j < sample.Count; j++)
                {
                    if (sample.Income[i] <= sample.Income[j])
                    {
                        Assert.True(deciles[i] <= deciles[j], $"{sample.Income[i]} is in decile {deciles[i]}, {sample.Income[j]} in {deciles[j]}.");
                    }
                }
            }
        });

    [Fact]
    public void Zero_and_negative_incomes_are_in_the_first_decile_and_counted() =>
        WeightedIncomes.Any.Sample(sample =>
        {
            var nonPositive = Enumerable.Range(0, sample.Count).Where(i => sample.Income[i] <= 0).ToArray();

            var assignment = sample.Distribution().Deciles();

            Assert.All(nonPositive, i => Assert.Equal(1, assignment.DecileOfRecord[i]));
            Assert.Equal(nonPositive.Length, assignment.NonPositiveCount);
            Tolerance.Close(nonPositive.Sum(i => sample.Weight[i]), assignment.NonPositiveWeight, what: "non-positive weight");
        });

    [Fact]
    public void Each_decile_weighs_a_tenth_give_or_take_the_largest_tie_group() =>
        WeightedIncomes.Dyadic.Sample(sample =>
        {
            var total = sample.Weight.Sum();

            var assignment = sample.Distribution().Deciles();

            // The non-positive incomes all sit in decile 1, so together they act as one more group.
            var slack = Math.Max(assignment.LargestTieGroupWeight, assignment.NonPositiveWeight);
            Assert.All(assignment.Rows, row => Assert.InRange(row.Weight, (total / 10) - slack, (total / 10) + slack));
        });

    [Fact]
    public void Ten_deciles_are_filled_when_no_tie_group_outweighs_a_tenth() =>
        Spread.Sample(sample =>
        {
            var assignment = sample.Distribution().Deciles();

            Assert.True(assignment.LargestTieGroupWeight <= sample.Weight.Sum() / 10);
            Assert.All(assignment.Rows, row => Assert.True(row.Weight > 0, $"Decile {row.Decile} is empty."));
        });

    [Fact]
    public void Four_people_go_to_the_deciles_of_their_weight_midpoints()
    {
        // 1, 2, 2, 3 with weight 1, W = 4. 1: C_before 0, w 1 → 1 + ⌊10·0.5/4⌋ = 1 + ⌊1.25⌋ = 2.
        // The two 2s are one group: C_before 1, w 2 → 1 + ⌊10·2/4⌋ = 6. 3: C_before 3, w 1 → 1 + ⌊10·3.5/4⌋ = 9.
        var assignment = IncomeDistribution.Create([2.0, 3.0, 1.0, 2.0], [1.0, 1.0, 1.0, 1.0]).Deciles();

        Assert.Equal([6, 9, 2, 6], assignment.DecileOfRecord);
        Assert.Equal(2.0, assignment.LargestTieGroupWeight);
        Assert.Equal(new DecileRow(6, 2, 2, 2, 2, 2), assignment.Rows[5]);
        Assert.Equal(new DecileRow(1, 0, 0, null, null, null), assignment.Rows[0]);
    }

    [Fact]
    public void Twenty_records_of_equal_weight_fill_each_decile_with_two()
    {
        // 1..20, weight 1, W = 20: record k (C_before k − 1) → 1 + ⌊10·(k − 0.5)/20⌋ = 1 + ⌊(k − 0.5)/2⌋, so k = 1, 2 → 1; 3, 4 → 2; …
        var incomes = Enumerable.Range(1, 20).Select(k => (double)k).ToArray();

        var assignment = IncomeDistribution.Create(incomes, [.. Enumerable.Repeat(1.0, 20)]).Deciles();

        Assert.Equal(Enumerable.Range(1, 20).Select(k => (byte)((k + 1) / 2)), assignment.DecileOfRecord);
    }

    [Fact]
    public void A_large_group_of_zero_incomes_stays_whole_in_the_first_decile()
    {
        // Zeros weigh 3 of W = 10; 5, 6, …: the first positive starts at C = 3 → 1 + ⌊10·3.5/10⌋ = 4; deciles 2 and 3 are empty.
        double[] incomes = [0, 0, 0, 5, 6, 7, 8, 9, 10, 11];

        var assignment = IncomeDistribution.Create(incomes, [.. Enumerable.Repeat(1.0, 10)]).Deciles();

        Assert.Equal([1, 1, 1, 4, 5, 6, 7, 8, 9, 10], assignment.DecileOfRecord);
        Assert.Equal(3, assignment.NonPositiveCount);
        Assert.Equal(0, assignment.Rows[1].Weight);
    }
}

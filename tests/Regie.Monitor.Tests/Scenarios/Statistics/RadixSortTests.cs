using CsCheck;
using Regie.Monitor.Scenarios.Random;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Tests.Scenarios.Statistics;

/// <summary>The radix sort and the order-preserving keys it sorts.</summary>
public sealed class RadixSortTests
{
    [Fact]
    public void Keys_order_doubles_as_numbers_do() =>
        Gen.Select(Gen.Double, Gen.Double).Where((a, b) => double.IsFinite(a) && double.IsFinite(b)).Sample((a, b) =>
        {
            Assert.Equal(a.CompareTo(b == 0 && a == 0 ? a : b), IncomeKey.ToKey(a).CompareTo(IncomeKey.ToKey(b)));
            Assert.Equal(a == 0 ? 0.0 : a, IncomeKey.ToIncome(IncomeKey.ToKey(a)));
        });

    [Fact]
    public void Minus_zero_and_zero_have_the_same_key() =>
        Assert.Equal(IncomeKey.ToKey(0.0), IncomeKey.ToKey(-0.0));

    [Fact]
    public void Sorts_like_a_stable_comparison_sort() =>
        Gen.Select(Gen.ULong, Gen.Int[0, 3000], Gen.Int[1, 64]).Sample((seed, n, bits) =>
        {
            // Keys with few distinct high bits (like incomes' sign and exponent) make digits skippable.
            var random = new SeededRandom(seed);
            var keys = Enumerable.Range(0, n).Select(_ => random.NextBits() >> (64 - bits)).ToArray();

            var order = Sort(keys);

            Assert.Equal(Enumerable.Range(0, n).OrderBy(i => keys[i]), order); // OrderBy is stable.
        });

    [Fact]
    public void Sorts_when_one_outlier_puts_every_other_key_in_the_same_bucket()
    {
        // The split uses the top bits of the key range; one huge negative income stretches the range so far that
        // every positive income falls into one bucket, which the in-bucket passes must then sort on their own.
        var random = new SeededRandom(7);
        var incomes = Enumerable.Range(0, 50_000).Select(i => i == 123 ? -1e300 : 36_500 * Math.Exp(0.55 * random.NextNormal())).ToArray();
        var keys = incomes.Select(IncomeKey.ToKey).ToArray();

        var order = Sort(keys);

        Assert.Equal(Enumerable.Range(0, keys.Length).OrderBy(i => incomes[i]), order);
    }

    [Fact]
    public void Sorts_a_large_log_normal_sample_with_ties_and_negatives()
    {
        var random = new SeededRandom(11);
        var incomes = Enumerable.Range(0, 300_000).Select(_ => random.NextInt(10) switch
        {
            0 => Math.Round(-5_000 * random.NextDouble()),
            1 => 0.0,
            2 => 1_000 * random.NextInt(40),
            _ => 36_500 * Math.Exp(0.55 * random.NextNormal()),
        }).ToArray();
        var keys = incomes.Select(IncomeKey.ToKey).ToArray();

        var order = Sort(keys);

        Assert.Equal(Enumerable.Range(0, keys.Length).OrderBy(i => incomes[i]), order);
    }

    [Fact]
    public void Leaves_equal_keys_in_input_order()
    {
        var order = Sort([5, 5, 5, 5]);

        Assert.Equal([0, 1, 2, 3], order);
    }

    /// <summary>Sorts the keys, checks the sorted keys and that each weight travelled with its record, returns the order.</summary>
    private static int[] Sort(ulong[] input)
    {
        var n = input.Length;
        var keys = (ulong[])input.Clone();
        var weights = Enumerable.Range(0, n).Select(i => i + 0.5).ToArray();
        var order = new int[n];
        var sortedWeights = new double[n];
        var (min, max) = n == 0 ? (0UL, 0UL) : (input.Min(), input.Max());

        RadixSort.Sort(
            keys, min, max, weights, order, sortedWeights,
            new SortEntry[n], new int[RadixSort.BucketTableLength(n)], new int[RadixSort.DigitHistogramLength]);

        Assert.Equal(input.Order(), keys);
        Assert.Equal(order.Select(i => weights[i]), sortedWeights);
        return order;
    }
}

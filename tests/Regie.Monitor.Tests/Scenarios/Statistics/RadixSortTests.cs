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
            // Keys with few distinct high bits (like incomes' sign and exponent) make some passes skippable.
            var random = new SeededRandom(seed);
            var keys = Enumerable.Range(0, n).Select(_ => random.NextBits() >> (64 - bits)).ToArray();
            var expected = Enumerable.Range(0, n).OrderBy(i => keys[i]).ToArray(); // OrderBy is stable.

            var order = Sort(keys);

            Assert.Equal(expected, order);
        });

    [Fact]
    public void Leaves_equal_keys_in_input_order()
    {
        var order = Sort([5, 5, 5, 5]);

        Assert.Equal([0, 1, 2, 3], order);
    }

    private static int[] Sort(ulong[] input)
    {
        var n = input.Length;
        var keys = (ulong[])input.Clone();
        var order = new int[n];
        var keysScratch = new ulong[n];
        var orderScratch = new int[n];

        var inScratch = RadixSort.Sort(keys, order, keysScratch, orderScratch, new int[RadixSort.HistogramLength]);

        var sortedKeys = inScratch ? keysScratch : keys;
        var sortedOrder = inScratch ? orderScratch : order;
        Assert.Equal(input.Order(), sortedKeys);
        return sortedOrder;
    }
}

using CsCheck;
using Regie.Monitor.Scenarios.Population.Synthesis;

namespace Regie.Monitor.Tests.Scenarios.Population;

public sealed class RadixSortTests
{
    [Fact]
    public void Orders_records_like_a_comparison_sort_with_ties_by_index() =>
        Gen.Double[-1e6, 1e6].Array[0, 300].Sample(keys =>
        {
            var records = Enumerable.Range(0, keys.Length).Select(i => i * 7).ToArray();

            var ordered = RadixSort.Order(records, keys);

            var expected = records.Select((r, i) => (r, k: keys[i])).OrderBy(x => x.k).ThenBy(x => x.r).Select(x => x.r);
            var keyOf = records.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => keys[x.i]);
            Assert.Equal(expected.Select(r => keyOf[r]), ordered.Select(r => keyOf[r]), new ToleranceComparer());
            Assert.Equal(records.Order(), ordered.Order());
        });

    [Fact]
    public void Equal_keys_keep_record_order()
    {
        var ordered = RadixSort.Order([9, 3, 5], [1.0, 1.0, 1.0]);

        Assert.Equal([3, 5, 9], ordered);
    }

    [Fact]
    public void Groups_come_first_then_keys()
    {
        var ordered = RadixSort.OrderWithinGroups([0, 1, 2, 3], [1, 0, 1, 0], [-5.0, 2.0, -7.0, 1.0]);

        Assert.Equal([3, 1, 2, 0], ordered);
    }

    [Fact]
    public void The_ordered_bit_pattern_keeps_the_order_of_doubles() =>
        Gen.Double.Select(Gen.Double).Sample((a, b) =>
        {
            if (double.IsNaN(a) || double.IsNaN(b) || a == b)
            {
                return;
            }

            Assert.Equal(a < b, RadixSort.Ordered(a) < RadixSort.Ordered(b));
        });

    // Packing keeps the top 38 bits of a key: keys closer than that may swap, which is fine for random ranking.
    private sealed class ToleranceComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= 1e-6 * Math.Max(1, Math.Abs(x));

        public int GetHashCode(double obj) => 0;
    }
}

using CsCheck;
using Regie.Core.Statistics;

namespace Regie.Core.Tests.Statistics;

public sealed class WeightedTests
{
    private static readonly Gen<(double?, double)[]> Pairs =
        Gen.Select(Gen.Double[0, 1].Nullable(), Gen.Double[0, 1000]).Array[1, 30];

    [Fact]
    public void Missing_values_are_left_out_not_counted_as_zero() =>
        Assert.Equal(0.5, Weighted.Mean([(0.5, 10.0), (null, 90.0)]));

    [Fact]
    public void Has_no_value_when_nothing_is_known() =>
        Assert.Null(Weighted.Mean([((double?)null, 1.0)]));

    [Fact]
    public void Lies_between_the_smallest_and_largest_value() =>
        Pairs.Sample(pairs =>
        {
            var mean = Weighted.Mean(pairs);
            var known = pairs.Where(p => p.Item1 is not null && p.Item2 > 0).Select(p => p.Item1!.Value).ToList();
            if (mean is { } m)
            {
                Assert.InRange(m, known.Min() - 1e-12, known.Max() + 1e-12);
            }
            else
            {
                Assert.Empty(known);
            }
        });

    [Fact]
    public void Does_not_depend_on_the_order_of_the_pairs() =>
        Pairs.Select(Gen.Int).Sample((pairs, seed) =>
        {
            var random = new Random(seed);
            var shuffled = pairs.OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(Weighted.Mean(pairs) ?? -1, Weighted.Mean(shuffled) ?? -1, 9);
        });

    [Fact]
    public void Scaling_all_weights_changes_nothing() =>
        Pairs.Sample(pairs =>
            Assert.Equal(Weighted.Mean(pairs) ?? -1, Weighted.Mean(pairs.Select(p => (p.Item1, p.Item2 * 7.5))) ?? -1, 9));

    [Fact]
    public void Rejects_a_negative_weight() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Weighted.Mean([((double?)1.0, -1.0)]));
}

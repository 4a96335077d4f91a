using CsCheck;
using Regie.Core.Statistics;

namespace Regie.Core.Tests.Statistics;

public sealed class RanksTests
{
    [Fact]
    public void Ties_share_the_mean_of_their_ranks() =>
        Assert.Equal([1, 2.5, 2.5, 4], Ranks.Average([1.0, 5.0, 5.0, 9.0]));

    [Fact]
    public void Percentiles_run_from_zero_to_a_hundred() =>
        Assert.Equal([0, 50, 100], Ranks.Percentiles([0.2, 0.5, 0.9]));

    [Fact]
    public void Spearman_is_one_for_any_increasing_transformation() =>
        Gen.Int[-1000, 1000].Array[3, 40].Sample(ints =>
        {
            var x = ints.Select(i => (double)i).ToArray();
            var y = x.Select(v => Math.Exp(v / 500) * 3 + 1).ToArray();
            if (x.Distinct().Count() < 2)
            {
                return;
            }

            Assert.Equal(1.0, Ranks.Spearman(x, y)!.Value, 9);
        });

    [Fact]
    public void Spearman_is_symmetric_and_within_minus_one_and_one() =>
        Gen.Double[0, 1].Array[5].Select(Gen.Double[0, 1].Array[5]).Sample((x, y) =>
        {
            var xy = Ranks.Spearman(x, y);
            var yx = Ranks.Spearman(y, x);
            Assert.Equal(xy, yx);
            if (xy is { } rho)
            {
                Assert.InRange(rho, -1, 1);
            }
        });

    [Fact]
    public void Spearman_is_minus_one_for_reversed_ranks() =>
        Assert.Equal(-1.0, Ranks.Spearman([1.0, 2, 3, 4], [8.0, 6, 4, 2])!.Value, 12);

    [Fact]
    public void Spearman_has_no_value_without_variation() =>
        Assert.Null(Ranks.Spearman([1.0, 2, 3], [5.0, 5, 5]));

    [Fact]
    public void Spearman_needs_samples_of_equal_length() =>
        Assert.Throws<ArgumentException>(() => Ranks.Spearman([1.0, 2, 3], [1.0, 2]));
}

using Regie.Monitor.Scenarios.Population.Validation;

namespace Regie.Monitor.Tests.Scenarios.Population;

public sealed class WeightedQuantileTests
{
    [Fact]
    public void Equal_weights_interpolate_between_midpoints()
    {
        // Four values sit at 1/8, 3/8, 5/8, 7/8; the median lies halfway between the middle two.
        Assert.Equal(25, WeightedQuantile.Of([40, 10, 30, 20], [1, 1, 1, 1], 0.5), 9);
        Assert.Equal(10, WeightedQuantile.Of([40, 10, 30, 20], [1, 1, 1, 1], 0.125), 9);
        Assert.Equal(10, WeightedQuantile.Of([40, 10, 30, 20], [1, 1, 1, 1], 0.01), 9);
    }

    [Fact]
    public void A_heavy_value_pulls_the_quantile()
    {
        Assert.Equal(10, WeightedQuantile.Of([10, 20], [9, 1], 0.4), 9);
    }

    [Fact]
    public void No_values_give_no_quantile()
    {
        Assert.True(double.IsNaN(WeightedQuantile.Of([], [], 0.5)));
    }
}

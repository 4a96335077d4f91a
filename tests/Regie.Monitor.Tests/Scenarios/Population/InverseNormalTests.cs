using Regie.Monitor.Scenarios.Population.Synthesis;

namespace Regie.Monitor.Tests.Scenarios.Population;

public sealed class InverseNormalTests
{
    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.75, 0.6744897501960817)]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.001, -3.090232306167813)]
    [InlineData(1e-10, -6.361340902404056)]
    public void Matches_published_quantiles(double p, double z)
    {
        Assert.Equal(z, InverseNormal.Of(p), 1e-8);
        Assert.Equal(-z, InverseNormal.Of(1 - p), 1e-6);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Refuses_a_probability_outside_the_open_interval(double p)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InverseNormal.Of(p));
    }

    [Fact]
    public void The_distribution_function_is_its_inverse()
    {
        Assert.Equal(0.975, Normal.Cdf(1.959963984540054), 1e-9);
        Assert.Equal(0.5, Normal.Cdf(0), 1e-12);
    }
}

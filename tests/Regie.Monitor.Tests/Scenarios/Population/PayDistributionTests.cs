using CsCheck;
using Regie.Monitor.Scenarios.Population.Synthesis;

namespace Regie.Monitor.Tests.Scenarios.Population;

public sealed class PayDistributionTests
{
    [Fact]
    public void The_quartiles_are_met_exactly() =>
        Gen.Double[5, 30].Select(Gen.Double[0, 10], Gen.Double[0, 20]).Sample((p25, up, further) =>
        {
            var d = new PayDistribution(p25, p25 + up + 0.01, p25 + up + further + 0.02);

            Assert.Equal(d.P25, d.Quantile(0.25), 1e-6);
            Assert.Equal(d.P50, d.Quantile(0.50), 1e-9);
            Assert.Equal(d.P75, d.Quantile(0.75), 1e-6);
        });

    [Fact]
    public void The_distribution_function_inverts_the_quantile_function() =>
        Gen.Double[0.01, 0.99].Sample(u =>
        {
            var d = new PayDistribution(15, 20, 30);

            Assert.Equal(u, d.Cdf(d.Quantile(u)), 1e-7);
        });

    [Fact]
    public void The_upper_tail_is_wider_when_P75_is_further_from_the_median()
    {
        var d = new PayDistribution(18, 20, 30);

        Assert.True(d.SigmaAbove > d.SigmaBelow);
        Assert.True(d.Quantile(0.95) - d.P50 > d.P50 - d.Quantile(0.05));
    }
}

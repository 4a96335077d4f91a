using CsCheck;
using Regie.Monitor.Scenarios.Population.Synthesis;

namespace Regie.Monitor.Tests.Scenarios.Population;

public sealed class ApportionTests
{
    [Fact]
    public void Quotas_add_up_to_the_total_and_stay_within_one_of_the_exact_share() =>
        Gen.Double[0, 1000].Array[1, 30].Select(Gen.Int[0, 100_000]).Sample((weights, total) =>
        {
            if (weights.Sum() <= 0)
            {
                return;
            }

            var quotas = Apportion.LargestRemainder(weights, total);

            Assert.Equal(total, quotas.Sum());
            for (var i = 0; i < weights.Length; i++)
            {
                Assert.InRange(quotas[i], Math.Floor(weights[i] / weights.Sum() * total), Math.Floor(weights[i] / weights.Sum() * total) + 1);
            }
        });

    [Fact]
    public void Ties_go_to_the_lower_index()
    {
        Assert.Equal([1, 1, 0], Apportion.LargestRemainder([1, 1, 1], 2));
    }

    [Fact]
    public void Nothing_to_share_over_zero_weights_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => Apportion.LargestRemainder([0, 0], 3));
        Assert.Equal([0, 0], Apportion.LargestRemainder([0, 0], 0));
    }
}

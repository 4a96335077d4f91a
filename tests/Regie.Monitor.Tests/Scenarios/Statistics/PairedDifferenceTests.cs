using CsCheck;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Tests.Scenarios.Statistics;

/// <summary>Draw-level paired differences between two runs with the same seeds.</summary>
public sealed class PairedDifferenceTests
{
    [Fact]
    public void Three_paired_draws_worked_by_hand()
    {
        // a − b = 2, 3, 4: mean 3, sd 1, se 1/√3; interval 3 ± 1.96/√3.
        var difference = PairedDifference.Of([3.0, 5.0, 7.0], [1.0, 2.0, 3.0]);

        Assert.Equal(3, difference.Difference.Mean);
        Assert.Equal(1, difference.Difference.StandardDeviation);
        Assert.Equal(3 - (1.96 / Math.Sqrt(3)), difference.Lower95!.Value, 14); // Not null: three draws.
        Assert.Equal(3 + (1.96 / Math.Sqrt(3)), difference.Upper95!.Value, 14);
    }

    [Fact]
    public void Pairing_removes_noise_the_runs_share() =>
        Gen.Double[-1e3, 1e3].Array[2, 50].Sample(shared =>
        {
            // Run A is run B plus 5 in every draw: the paired difference is 5 with no spread at all.
            var a = shared.Select(x => x + 5).ToArray();

            var difference = PairedDifference.Of(a, shared);

            Tolerance.Close(5, difference.Difference.Mean, 1e3, "mean");
            Assert.True(difference.Difference.StandardDeviation < 1e-9);
        });

    [Fact]
    public void Rejects_runs_with_different_numbers_of_draws() =>
        Assert.Throws<ArgumentException>(() => PairedDifference.Of([1.0, 2.0], [1.0]));
}

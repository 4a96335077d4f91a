using Regie.Workplace.Pulse.Statistics;

namespace Regie.Workplace.Tests.Pulse;

/// <summary>The pulse's intervals against values computed by hand and published reference values.</summary>
public sealed class ConfidenceIntervalsTests
{
    [Theory]
    [InlineData(3, 10, 0.3, 0.107791, 0.603222)]
    [InlineData(0, 10, 0.0, 0.0, 0.277533)]
    [InlineData(10, 10, 1.0, 0.722467, 1.0)]
    public void Wilson_interval_matches_the_hand_computed_limits(int successes, int n, double p, double lower, double upper)
    {
        var interval = ConfidenceIntervals.Wilson(successes, n);

        Assert.Equal(p, interval.Estimate, 6);
        Assert.Equal(lower, interval.Lower, 5);
        Assert.Equal(upper, interval.Upper, 5);
    }

    [Fact]
    public void Share_change_matches_Newcombe_1998_example_a()
    {
        // Newcombe (1998), Stat Med 17:873-890, table II, example (a): 56/70 - 48/80, method 10: 0.0524 to 0.3339.
        var change = ConfidenceIntervals.ShareChange(highBefore: 48, nBefore: 80, highAfter: 56, nAfter: 70);

        Assert.Equal(0.2, change.Estimate, 6);
        Assert.Equal(0.0524, change.Lower, 4);
        Assert.Equal(0.3339, change.Upper, 4);
    }

    [Fact]
    public void Mean_change_is_Welchs_interval_computed_by_hand()
    {
        // se = sqrt(0.8/12 + 0.5/10) = 0.341565; df = 19.963; t(0.975, 19.963) = 2.086224 (between the table values
        // 2.093024 at 19 and 2.085963 at 20); half width 0.712584.
        var change = ConfidenceIntervals.MeanChange(meanBefore: 2.0, varianceBefore: 0.5, nBefore: 10, meanAfter: 2.6, varianceAfter: 0.8, nAfter: 12);

        Assert.Equal(0.6, change.Estimate, 9);
        Assert.Equal(-0.112584, change.Lower, 3);
        Assert.Equal(1.312584, change.Upper, 3);
    }

    [Fact]
    public void Mean_change_without_spread_is_the_difference_itself()
    {
        var change = ConfidenceIntervals.MeanChange(2, 0, 10, 3, 0, 10);

        Assert.Equal(new Interval(1, 1, 1), change);
    }

    [Theory]
    [InlineData(4, 2.776445, 0.002)]
    [InlineData(9, 2.262157, 0.0005)]
    [InlineData(20, 2.085963, 0.0001)]
    [InlineData(30, 2.042272, 0.0001)]
    [InlineData(1000, 1.962339, 0.0001)]
    public void Student_t_quantile_is_close_to_the_table_value(double df, double table, double tolerance)
    {
        var t = StudentT.Quantile975(df);

        Assert.InRange(t, table - tolerance, table + tolerance);
    }

    [Fact]
    public void Student_t_quantile_refuses_fewer_than_four_degrees_of_freedom() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Quantile975(3.5));
}

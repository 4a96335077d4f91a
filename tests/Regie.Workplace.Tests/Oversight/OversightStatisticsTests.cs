using Regie.Workplace.Oversight;
using static Regie.Workplace.Oversight.OversightEventKind;

namespace Regie.Workplace.Tests.Oversight;

public sealed class OversightStatisticsTests
{
    [Fact]
    public void Ten_cases_give_the_figures_worked_out_by_hand()
    {
        // Sorted review times: 3 4 5 6 7 | 9 12 20 30 45 → median (7 + 9) / 2 = 8; p90 = rank ⌈0.9 × 10⌉ = 9 → 30.
        (OversightEventKind, int)[] cases =
        [
            (Accepted, 12), (Accepted, 3), (Modified, 7), (Accepted, 45), (Overridden, 5),
            (Accepted, 9), (Escalated, 30), (Accepted, 4), (Modified, 6), (Accepted, 20),
        ];

        var figures = OversightStatistics.Of(cases);

        Assert.Equal(new OversightFigures(10, 6, 2, 1, 0, 1, 8, 30), figures);
        Assert.Equal(0.6, figures.AcceptanceRate);
        Assert.Equal(0.3, figures.OverrideRate);
    }

    [Theory]
    [InlineData(new[] { 5 }, 5, 5)]
    [InlineData(new[] { 2, 8, 10 }, 8, 10)] // p90 rank ⌈2.7⌉ = 3
    [InlineData(new[] { 1, 2, 3, 4 }, 2.5, 4)] // p90 rank ⌈3.6⌉ = 4
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, 6, 10)] // p90 rank ⌈9.9⌉ = 10
    public void Median_and_p90_follow_the_documented_methods(int[] sorted, double median, double p90)
    {
        Assert.Equal(median, OversightStatistics.Median(sorted));
        Assert.Equal(p90, OversightStatistics.Percentile90(sorted));
    }

    [Fact]
    public void Stops_count_as_overrides()
    {
        var figures = OversightStatistics.Of([(Stopped, 60), (Accepted, 10)]);

        Assert.Equal(0.5, figures.OverrideRate);
    }

    [Fact]
    public void No_cases_give_no_rates_and_no_times()
    {
        var figures = OversightStatistics.Of([]);

        Assert.Null(figures.AcceptanceRate);
        Assert.Null(figures.OverrideRate);
        Assert.Null(figures.MedianSeconds);
    }
}

using Regie.Workplace.Oversight;

namespace Regie.Workplace.Tests.Oversight;

public sealed class RubberStampRuleTests
{
    private static readonly OversightOptions Defaults = new();

    public static TheoryData<int, int, double, bool> Cases => new()
    {
        { 50, 49, 9, true },     // 98 % accepted, median below 10 s, enough cases
        { 50, 50, 9.5, true },
        { 49, 49, 2, false },    // too few cases to judge
        { 50, 48, 2, false },    // 96 % accepted
        { 50, 50, 10, false },   // median not below 10 s
        { 200, 197, 3, true },   // 98.5 %
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Flags_near_total_acceptance_at_seconds_per_case_over_enough_cases(int cases, int accepted, double median, bool flagged)
    {
        var figures = new OversightFigures(cases, accepted, cases - accepted, 0, 0, 0, median, median);

        Assert.Equal(flagged, RubberStampRule.Flags(figures, Defaults));
    }

    [Fact]
    public void Thresholds_are_settings()
    {
        var figures = new OversightFigures(20, 19, 1, 0, 0, 0, 25, 40);
        var stricter = new OversightOptions { RubberStampMinimumCases = 20, RubberStampAcceptance = 0.95, RubberStampMedianSeconds = 30 };

        Assert.False(RubberStampRule.Flags(figures, Defaults));
        Assert.True(RubberStampRule.Flags(figures, stricter));
    }

    [Fact]
    public void The_defaults_are_fifty_cases_ninety_eight_percent_and_ten_seconds_over_ninety_days()
    {
        Assert.Equal((50, 0.98, 10.0, 90), (Defaults.RubberStampMinimumCases, Defaults.RubberStampAcceptance, Defaults.RubberStampMedianSeconds, Defaults.WindowDays));
    }
}

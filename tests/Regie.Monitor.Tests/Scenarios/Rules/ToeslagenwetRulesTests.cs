using Regie.Monitor.Scenarios.Rules;

namespace Regie.Monitor.Tests.Scenarios.Rules;

public sealed class ToeslagenwetRulesTests
{
    private static readonly LawSnapshot Law = ShippedRules.On("2025-07-01");

    [Theory]
    [InlineData(true, false, 45580)]  // 1.00 × 1,955.80 − 1,500
    [InlineData(false, true, 26022)]  // 0.90 × 1,955.80 = 1,760.22 − 1,500
    [InlineData(false, false, 0)]     // 0.70 × 1,955.80 = 1,369.06 < 1,500
    public void The_top_up_brings_a_benefit_to_the_social_minimum_of_the_household(bool couple, bool children, long cents)
    {
        Assert.Equal(cents, ToeslagenwetRules.TopUp(new TwUnit(couple, children), 150000, 0, Law).MonthlyCents);
    }

    [Fact]
    public void Other_income_counts_against_the_top_up()
    {
        Assert.Equal(15580, ToeslagenwetRules.TopUp(new TwUnit(true, false), 150000, 30000, Law).MonthlyCents);
    }

    [Fact]
    public void Without_a_benefit_there_is_nothing_to_top_up()
    {
        Assert.Equal(0, ToeslagenwetRules.TopUp(new TwUnit(true, false), 0, 0, Law).MonthlyCents);
    }
}

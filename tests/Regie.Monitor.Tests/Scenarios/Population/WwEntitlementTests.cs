using Regie.Monitor.Scenarios.Population.Synthesis;

namespace Regie.Monitor.Tests.Scenarios.Population;

/// <summary>The entitlement used to spread the baseline WW stock (art. 42 WW as in the domain note).</summary>
public sealed class WwEntitlementTests
{
    [Theory]
    [InlineData(20, 6, 10, 23)] // UWV's worked example: 26 years, 20 before 2016 and 6 after
    [InlineData(0, 10, 10, 10)]
    [InlineData(5, 10, 10, 12)] // 5 + 5 in the first ten + half of the other 5
    [InlineData(30, 10, 10, 24)] // capped
    [InlineData(0, 2, 10, 3)] // no 4-of-5 years: 3 months
    [InlineData(1, 4, 4, 5)]
    public void Months_follow_the_years_before_and_since_2016(int before, int since, int available, int months)
    {
        Assert.Equal(months, WorkHistoryStep.EntitlementMonths(before, since, available));
    }
}

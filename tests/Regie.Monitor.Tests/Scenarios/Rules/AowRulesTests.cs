using Regie.Monitor.Scenarios.Rules;

namespace Regie.Monitor.Tests.Scenarios.Rules;

public sealed class AowRulesTests
{
    [Fact]
    public void Amounts_are_per_person_and_lower_for_a_couple()
    {
        var law = ShippedRules.On("2025-07-01");

        Assert.Equal(161244, AowRules.MonthlyCents(couple: false, law));
        Assert.Equal(110397, AowRules.MonthlyCents(couple: true, law));
    }

    [Theory]
    [InlineData("2025-07-01", 66, false)]
    [InlineData("2025-07-01", 67, true)]
    [InlineData("2028-07-01", 67, false)] // 67 years and 3 months: a whole-year age of 67 is below it
    [InlineData("2028-07-01", 68, true)]
    public void The_AOW_age_is_compared_in_months(string date, int age, bool aow)
    {
        Assert.Equal(aow, AowRules.IsAowAge(age, ShippedRules.On(date)));
    }
}

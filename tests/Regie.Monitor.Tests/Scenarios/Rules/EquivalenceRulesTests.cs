using Regie.Monitor.Scenarios.Rules;

namespace Regie.Monitor.Tests.Scenarios.Rules;

public sealed class EquivalenceRulesTests
{
    private static readonly LawSnapshot Law = ShippedRules.On("2025-01-01");

    [Theory]
    [InlineData(1, 0, 1.00)]
    [InlineData(1, 4, 1.93)]
    [InlineData(2, 0, 1.40)]
    [InlineData(2, 2, 1.91)]
    [InlineData(2, 4, 2.28)]
    public void Factors_come_from_the_CBS_table(int adults, int children, double factor)
    {
        Assert.Equal((decimal)factor, EquivalenceRules.Factor(adults, children, Law));
    }

    [Theory]
    [InlineData(1, 5, 2.13)] // 1.93 + (1.93 − 1.73)
    [InlineData(2, 6, 2.66)] // 2.28 + 2 × (2.28 − 2.09)
    [InlineData(3, 0, 1.80)] // 1.40 + (1.40 − 1.00)
    [InlineData(4, 1, 2.43)] // 1.69 + 2 × (1.69 − 1.32)
    public void Beyond_the_table_factors_are_extrapolated_linearly(int adults, int children, double factor)
    {
        Assert.Equal((decimal)factor, EquivalenceRules.Factor(adults, children, Law));
        Assert.Equal(ValueStatus.Est, EquivalenceRules.Step(adults, children, Law).Status);
    }

    [Fact]
    public void A_household_without_adults_is_a_bug_in_the_caller()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EquivalenceRules.Factor(0, 2, Law));
    }
}

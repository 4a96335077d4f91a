using Regie.Monitor.Scenarios.Rules;

namespace Regie.Monitor.Tests.Scenarios.Rules;

public sealed class MinimumWageRulesTests
{
    [Theory]
    [InlineData("2024-07-01", 1368)]
    [InlineData("2025-01-01", 1406)]
    [InlineData("2025-06-30", 1406)]
    [InlineData("2025-07-01", 1440)]
    [InlineData("2026-01-01", 1471)]
    public void The_adult_hourly_minimum_wage_follows_the_indexation_dates(string date, long cents)
    {
        Assert.Equal(cents, MinimumWageRules.HourlyCents(30, ShippedRules.On(date)));
    }

    [Theory]
    [InlineData(20, 1125)] // 0.80 × 14.06 = 11.248
    [InlineData(19, 844)]  // 0.60 × 14.06 = 8.436
    [InlineData(18, 703)]
    [InlineData(17, 555)]  // 0.395 × 14.06 = 5.5537
    [InlineData(16, 485)]  // 0.345 × 14.06 = 4.8507
    [InlineData(15, 422)]  // 0.30 × 14.06 = 4.218
    [InlineData(21, 1406)]
    public void Young_workers_get_their_share_of_the_adult_rate_rounded_to_cents(int age, long cents)
    {
        Assert.Equal(cents, MinimumWageRules.HourlyCents(age, ShippedRules.On("2025-01-01")));
    }

    [Fact]
    public void Bbl_apprentices_have_their_own_scale()
    {
        Assert.Equal(640, MinimumWageRules.BblHourlyCents(18, ShippedRules.On("2025-01-01"))); // 0.455 × 14.06 = 6.3973
    }

    [Fact]
    public void The_published_monthly_reference_is_its_own_parameter_not_hourly_times_hours()
    {
        var law = ShippedRules.On("2025-07-01");

        Assert.Equal(224580, MinimumWageRules.MonthlyReferenceCents(law));
        Assert.NotEqual(1440 * 156, MinimumWageRules.MonthlyReferenceCents(law));
    }

    [Fact]
    public void Below_15_there_is_no_minimum_wage()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MinimumWageRules.HourlyCents(14, ShippedRules.On("2025-01-01")));
    }
}

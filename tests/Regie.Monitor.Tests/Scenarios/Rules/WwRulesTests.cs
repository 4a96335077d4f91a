using Regie.Monitor.Scenarios.Rules;

namespace Regie.Monitor.Tests.Scenarios.Rules;

public sealed class WwRulesTests
{
    private static readonly LawSnapshot Law2025 = ShippedRules.On("2025-01-01");

    [Theory]
    [InlineData(20, 6, 23)] // UWV worked example: 20 years before 2016, 6 after
    [InlineData(10, 5, 12)] // 10 + 5 × 0.5 = 12.5, half month rounded down
    [InlineData(0, 15, 12)] // first 10 post-2016 years at 1, 5 more at 0.5
    [InlineData(5, 10, 12)] // 5 + 5 + 5 × 0.5 = 12.5
    [InlineData(0, 4, 4)]
    [InlineData(2, 2, 4)]
    [InlineData(30, 5, 24)] // 35 months capped at 24
    [InlineData(24, 0, 24)]
    public void Duration_follows_the_build_up_before_and_after_2016(int before2016, int since2016, int months)
    {
        var claim = Claim() with { YearsBefore2016 = before2016, YearsSince2016 = since2016 };

        var entitlement = WwRules.Entitle(claim, Law2025);

        Assert.Equal(months, entitlement.DurationMonths);
    }

    [Fact]
    public void Duration_has_a_floor_of_three_months()
    {
        var claim = Claim() with { YearsBefore2016 = 0, YearsSince2016 = 2, MeetsYearsCondition = true };

        Assert.Equal(3, WwRules.Entitle(claim, Law2025).DurationMonths);
    }

    [Fact]
    public void Without_the_years_condition_the_duration_is_three_months_whatever_the_history()
    {
        var claim = Claim() with { YearsBefore2016 = 25, YearsSince2016 = 9, MeetsYearsCondition = false };

        var entitlement = WwRules.Entitle(claim, Law2025);

        Assert.True(entitlement.Eligible);
        Assert.Equal(3, entitlement.DurationMonths);
    }

    [Fact]
    public void Without_the_years_condition_known_fewer_than_four_counted_years_give_three_months()
    {
        var entitlement = WwRules.Entitle(Claim() with { YearsBefore2016 = 0, YearsSince2016 = 3 }, Law2025);

        Assert.Equal(3, entitlement.DurationMonths);
        Assert.Equal(ValueStatus.Est, entitlement.Steps.Single(s => s.Rule == "ww.years_condition").Status);
    }

    [Fact]
    public void Without_the_weeks_condition_there_is_no_ww()
    {
        var entitlement = WwRules.Entitle(Claim() with { MeetsWeeksCondition = false }, Law2025);

        Assert.False(entitlement.Eligible);
        Assert.Equal(0, entitlement.DurationMonths);
        Assert.Contains("weeks condition", entitlement.IneligibleReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capped_earner_in_2025_gets_0_75_then_0_70_of_the_maximum_daily_wage_times_21_75()
    {
        var entitlement = WwRules.Entitle(Claim() with { SvWageAnnualCents = 10_000_000 }, Law2025);

        Assert.Equal(29067, entitlement.DagloonCents);
        Assert.Equal(474155, entitlement.MonthlyHighCents); // 0.75 × 290.67 × 21.75 = 4,741.554375
        Assert.Equal(442545, entitlement.MonthlyLowCents);  // 0.70 × 290.67 × 21.75 = 4,425.45075
    }

    [Fact]
    public void Below_the_cap_the_daily_wage_is_the_annual_wage_over_261_days()
    {
        var entitlement = WwRules.Entitle(Claim() with { SvWageAnnualCents = 3_000_000 }, Law2025);

        Assert.Equal(11494, entitlement.DagloonCents); // 30,000 / 261 = 114.942…
    }

    [Fact]
    public void Partial_unemployment_scales_the_amounts_by_hours_lost_over_hours_before()
    {
        var full = WwRules.Entitle(Claim() with { SvWageAnnualCents = 10_000_000 }, Law2025);
        var half = WwRules.Entitle(Claim() with { SvWageAnnualCents = 10_000_000, HoursPerWeekBefore = 36, HoursLostPerWeek = 18 }, Law2025);

        Assert.Equal(full.DagloonCents, half.DagloonCents);
        Assert.Equal(237086, half.MonthlyHighCents); // 290.67 × 18/36 = 145.335 → 145.34; 0.75 × 145.34 × 21.75 = 2,370.86
    }

    [Fact]
    public void Benefit_months_pay_high_then_low_then_nothing()
    {
        var entitlement = WwRules.Entitle(Claim() with { YearsBefore2016 = 0, YearsSince2016 = 4 }, Law2025);

        long[] months = [.. Enumerable.Range(1, 6).Select(m => WwRules.MonthCents(entitlement, m))];

        Assert.Equal(
            [entitlement.MonthlyHighCents, entitlement.MonthlyHighCents, entitlement.MonthlyLowCents, entitlement.MonthlyLowCents, 0, 0],
            months);
    }

    [Theory]
    [InlineData(38, 4, false)]
    [InlineData(38, 5, true)]
    [InlineData(8, 4, true)]   // under 10 hours: half the hours is enough
    [InlineData(8, 3, false)]
    [InlineData(8, 0, false)]
    public void Losing_five_hours_or_half_of_a_small_job_makes_a_person_unemployed(int before, int lost, bool eligible)
    {
        var entitlement = WwRules.Entitle(Claim() with { HoursPerWeekBefore = before, HoursLostPerWeek = lost }, Law2025);

        Assert.Equal(eligible, entitlement.Eligible);
    }

    [Fact]
    public void Nobody_under_18_or_at_AOW_age_gets_ww()
    {
        Assert.False(WwRules.Entitle(Claim() with { Age = 17 }, Law2025).Eligible);
        Assert.False(WwRules.Entitle(Claim() with { Age = 67, AtOrAboveAowAge = true }, Law2025).Eligible);
    }

    [Fact]
    public void Seventy_percent_of_earnings_is_offset_against_ww()
    {
        Assert.Equal(65000, WwRules.AfterEarningsCents(100000, 50000, Law2025));
        Assert.Equal(0, WwRules.AfterEarningsCents(100000, 200000, Law2025));
    }

    [Fact]
    public void The_trace_names_each_rule_with_its_legal_reference()
    {
        var entitlement = WwRules.Entitle(Claim() with { YearsBefore2016 = 20, YearsSince2016 = 6 }, Law2025);

        var duration = entitlement.Steps.Single(s => s.Rule == "ww.duration");
        Assert.Equal("art. 42 WW", duration.LegalReference);
        Assert.Contains("= 23 months", duration.Formula, StringComparison.Ordinal);
        Assert.Equal("art. 47 WW", entitlement.Steps.Single(s => s.Rule == "ww.month.high").LegalReference);
    }

    [Fact]
    public void Hours_lost_above_hours_worked_is_a_bug_in_the_caller()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            WwRules.Entitle(Claim() with { HoursPerWeekBefore = 10, HoursLostPerWeek = 11 }, Law2025));
    }

    private static WwClaim Claim() => new(
        Age: 45, SvWageAnnualCents: 4_500_000, MeetsWeeksCondition: true, YearsBefore2016: 10, YearsSince2016: 9,
        HoursPerWeekBefore: 36, HoursLostPerWeek: 36, AtOrAboveAowAge: false);
}

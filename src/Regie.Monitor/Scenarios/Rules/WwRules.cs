namespace Regie.Monitor.Scenarios.Rules;

/// <summary>
/// Unemployment insurance (Werkloosheidswet): entitlement, duration, daily wage and monthly amounts, and the
/// offset of earnings. Duration per UWV's explanation of art. 42 WW (not the simplified RegelRecht formula).
/// </summary>
public static class WwRules
{
    /// <summary>Decides a claim under <paramref name="law"/>, with the steps that led there.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Hours, years or wage out of range.</exception>
    public static WwEntitlement Entitle(WwClaim claim, LawSnapshot law)
    {
        Check(claim);
        var ww = law.Ww;
        var steps = new List<RuleStep>();
        var minAge = ww.MinimumAge.Whole;
        if (claim.Age < minAge)
        {
            return Refuse(steps, "ww.minimum_age", $"age {claim.Age} < {minAge}", ww.MinimumAge.Reference, ww.MinimumAge.Status,
                $"below the minimum age of {minAge} ({ww.MinimumAge.Reference})");
        }

        if (claim.AtOrAboveAowAge)
        {
            return Refuse(steps, "ww.aow_age", "at or above AOW age: excluded", "art. 19 lid 1 f WW", ValueStatus.Secondary,
                "at or above AOW age (art. 19 lid 1 f WW)");
        }

        var unemployed = WwEligibility.Unemployed(claim.HoursPerWeekBefore, claim.HoursLostPerWeek, ww, out var hoursRule);
        steps.Add(RuleStep.Test("ww.hours_lost", hoursRule.Formula, unemployed, ww.MinHoursLost.Reference, hoursRule.Status));
        if (!unemployed)
        {
            return Refuse(steps, null, "", "", default, $"not unemployed: {hoursRule.Formula} ({ww.MinHoursLost.Reference})");
        }

        var weeks = $"worked {ww.WeeksConditionWeeks.Whole} of the last {ww.WeeksConditionWindow.Whole} weeks";
        steps.Add(RuleStep.Test("ww.weeks_condition", weeks, claim.MeetsWeeksCondition, ww.WeeksConditionWeeks.Reference, ww.WeeksConditionWeeks.Status));
        if (!claim.MeetsWeeksCondition)
        {
            return Refuse(steps, null, "", "", default, $"weeks condition not met: {weeks} ({ww.WeeksConditionWeeks.Reference})");
        }

        var duration = WwEligibility.DurationMonths(claim, ww, steps);
        return Amounts(claim, ww, duration, steps);
    }

    /// <summary>The benefit in benefit month <paramref name="benefitMonth"/> (1-based); 0 after the last month or when not eligible.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="benefitMonth"/> is below 1.</exception>
    public static long MonthCents(WwEntitlement entitlement, int benefitMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(benefitMonth, 1);
        return !entitlement.Eligible || benefitMonth > entitlement.DurationMonths ? 0
            : benefitMonth <= entitlement.HighRateMonths ? entitlement.MonthlyHighCents
            : entitlement.MonthlyLowCents;
    }

    /// <summary>WW after the offset of earnings: max(0, WW − rate × earnings), rate 0.70 [verify].</summary>
    public static long AfterEarningsCents(long wwMonthCents, long earningsMonthCents, LawSnapshot law)
    {
        var offset = Rounding.Cents(law.Ww.EarningsOffsetRate.Number * Math.Max(0, earningsMonthCents));
        return Math.Max(0, wwMonthCents - offset);
    }

    /// <summary>The step explaining <see cref="AfterEarningsCents"/>.</summary>
    public static RuleStep AfterEarningsStep(long wwMonthCents, long earningsMonthCents, LawSnapshot law)
    {
        var rate = law.Ww.EarningsOffsetRate;
        var result = AfterEarningsCents(wwMonthCents, earningsMonthCents, law);
        return RuleStep.Money("ww.earnings_offset",
            $"max(0, {Fmt.Eur(wwMonthCents)} - {Fmt.Num(rate.Number)} × {Fmt.Eur(Math.Max(0, earningsMonthCents))}) = {Fmt.Eur(result)}",
            result, "EUR/month", rate.Reference, rate.Status);
    }

    private static WwEntitlement Amounts(WwClaim claim, WwLaw ww, int duration, List<RuleStep> steps)
    {
        var cap = ww.MaximumDagloon;
        var days = ww.DaysPerYear;
        var raw = Rounding.Cents(claim.SvWageAnnualCents / days.Number);
        var dagloon = Math.Min(raw, cap.Whole);
        steps.Add(RuleStep.Money("ww.dagloon",
            $"min({Fmt.Eur(claim.SvWageAnnualCents)} / {Fmt.Num(days.Number)}, {Fmt.Eur(cap.Whole)}) = {Fmt.Eur(dagloon)}",
            dagloon, "EUR/day", "art. 1b WW; " + cap.Reference, ValueStatuses.Weakest(days.Status, cap.Status)));

        var paid = dagloon;
        if (claim.HoursLostPerWeek < claim.HoursPerWeekBefore)
        {
            paid = Rounding.Cents((decimal)dagloon * claim.HoursLostPerWeek / claim.HoursPerWeekBefore);
            steps.Add(RuleStep.Money("ww.dagloon.hours_lost",
                $"{Fmt.Eur(dagloon)} × {claim.HoursLostPerWeek} / {claim.HoursPerWeekBefore} hours = {Fmt.Eur(paid)}",
                paid, "EUR/day", "art. 1b WW", ValueStatus.Verify));
        }

        var high = Month(paid, ww.RateHigh, ww, steps, "ww.month.high");
        var low = Month(paid, ww.RateLow, ww, steps, "ww.month.low");
        return new WwEntitlement(true, null, duration, dagloon, high, low, steps) { HighRateMonths = (int)ww.HighRateMonths.Whole };
    }

    private static long Month(long dagloon, LawValue rate, WwLaw ww, List<RuleStep> steps, string rule)
    {
        var cents = Rounding.Cents(rate.Number * dagloon * ww.DaysPerMonth.Number);
        steps.Add(RuleStep.Money(rule,
            $"{Fmt.Num(rate.Number)} × {Fmt.Eur(dagloon)} × {Fmt.Num(ww.DaysPerMonth.Number)} = {Fmt.Eur(cents)}",
            cents, "EUR/month", rate.Reference, ValueStatuses.Weakest(rate.Status, ww.DaysPerMonth.Status)));
        return cents;
    }

    private static WwEntitlement Refuse(
        List<RuleStep> steps, string? rule, string formula, string reference, ValueStatus status, string reason)
    {
        if (rule is not null)
        {
            steps.Add(RuleStep.Test(rule, formula, false, reference, status));
        }

        return new WwEntitlement(false, reason, 0, 0, 0, 0, steps);
    }

    private static void Check(WwClaim claim)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(claim.HoursPerWeekBefore, 1, nameof(claim));
        ArgumentOutOfRangeException.ThrowIfNegative(claim.HoursLostPerWeek, nameof(claim));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(claim.HoursLostPerWeek, claim.HoursPerWeekBefore, nameof(claim));
        ArgumentOutOfRangeException.ThrowIfNegative(claim.YearsBefore2016, nameof(claim));
        ArgumentOutOfRangeException.ThrowIfNegative(claim.YearsSince2016, nameof(claim));
        ArgumentOutOfRangeException.ThrowIfNegative(claim.SvWageAnnualCents, nameof(claim));
    }
}

namespace Regie.Monitor.Scenarios.Rules;

/// <summary>The unemployment test and the duration rule of the WW, in decimal arithmetic.</summary>
internal static class WwEligibility
{
    /// <summary>
    /// Unemployed when losing at least 5 hours a week, or, for someone who worked fewer than 10 hours, at least
    /// half the hours (art. 16 lid 1 a WW). No hours lost is never unemployment.
    /// </summary>
    public static bool Unemployed(int hoursBefore, int hoursLost, WwLaw ww, out (string Formula, ValueStatus Status) rule)
    {
        if (hoursBefore < ww.SmallJobHours.Number)
        {
            var needed = ww.SmallJobLossShare.Number * hoursBefore;
            rule = ($"lost {hoursLost} of {hoursBefore} h a week; under {Fmt.Num(ww.SmallJobHours.Number)} h needs {Fmt.Num(ww.SmallJobLossShare.Number)} × {hoursBefore} = {Fmt.Num(needed)} h",
                ValueStatuses.Weakest(ww.SmallJobHours.Status, ww.SmallJobLossShare.Status));
            return hoursLost > 0 && hoursLost >= needed;
        }

        rule = ($"lost {hoursLost} of {hoursBefore} h a week; needs {Fmt.Num(ww.MinHoursLost.Number)} h", ww.MinHoursLost.Status);
        return hoursLost > 0 && hoursLost >= ww.MinHoursLost.Number;
    }

    /// <summary>
    /// Duration in months: without the years condition the minimum (3); otherwise 1 month per counted year
    /// before 2016 and per year among the first 10 in total, 0.5 month per later year from 2016, rounded DOWN to
    /// whole months [verify with UWV], then clamped to [3, 24].
    /// </summary>
    public static int DurationMonths(WwClaim claim, WwLaw ww, List<RuleStep> steps)
    {
        var conditionYears = ww.YearsConditionYears.Whole;
        var meetsYears = claim.MeetsYearsCondition ?? claim.YearsBefore2016 + claim.YearsSince2016 >= conditionYears;
        var yearsStatus = claim.MeetsYearsCondition is null ? ValueStatus.Est : ww.YearsConditionYears.Status;
        var yearsFormula = claim.MeetsYearsCondition is null
            ? $"approximated: {claim.YearsBefore2016} + {claim.YearsSince2016} counted years >= {conditionYears}"
            : $"worked {conditionYears} of the last {ww.YearsConditionWindow.Whole} calendar years";
        steps.Add(RuleStep.Test("ww.years_condition", yearsFormula, meetsYears, ww.YearsConditionYears.Reference, yearsStatus));

        var min = ww.MinDurationMonths.Whole;
        if (!meetsYears)
        {
            steps.Add(new RuleStep("ww.duration", $"no years condition: {min} months", min, "months",
                ww.MinDurationMonths.Reference, ww.MinDurationMonths.Status));
            return (int)min;
        }

        var max = ww.MaxDurationMonths.Whole;
        var (pre, post) = (claim.YearsBefore2016, claim.YearsSince2016);
        var firstPost = Math.Min(post, Math.Max(0, (int)ww.FullRateYears.Whole - pre));
        var full = ww.MonthsPerYear.Number;
        var reduced = ww.MonthsPerYearReduced.Number;
        var raw = (full * (pre + firstPost)) + (reduced * (post - firstPost));
        var months = (int)Math.Clamp((long)decimal.Floor(raw), min, max);
        steps.Add(new RuleStep("ww.duration",
            $"{pre} × {Fmt.Num(full)} + {firstPost} × {Fmt.Num(full)} + {post - firstPost} × {Fmt.Num(reduced)} = {Fmt.Num(raw)}; rounded down, within [{min}, {max}] = {months} months",
            months, "months", ww.MaxDurationMonths.Reference,
            ValueStatuses.Weakest(ValueStatus.Verify, ww.MonthsPerYear.Status, ww.MonthsPerYearReduced.Status, ww.FullRateYears.Status, ww.MaxDurationMonths.Status)));
        return months;
    }
}

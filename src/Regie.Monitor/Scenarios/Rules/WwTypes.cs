namespace Regie.Monitor.Scenarios.Rules;

/// <summary>A person's situation on becoming (partly) unemployed.</summary>
/// <param name="Age">Age in whole years.</param>
/// <param name="SvWageAnnualCents">SV wage in the reference year, eurocents.</param>
/// <param name="MeetsWeeksCondition">Worked in at least 26 of the last 36 weeks (art. 17 WW).</param>
/// <param name="YearsBefore2016">Counted calendar years before 2016 (incl. the fictitious years from 18 to 1998).</param>
/// <param name="YearsSince2016">Counted calendar years from 2016.</param>
/// <param name="HoursPerWeekBefore">Weekly hours before the loss (at least 1).</param>
/// <param name="HoursLostPerWeek">Weekly hours lost (0 to <paramref name="HoursPerWeekBefore"/>).</param>
/// <param name="AtOrAboveAowAge">At or above AOW age (excluded, art. 19 lid 1 f WW).</param>
public sealed record WwClaim(
    int Age, long SvWageAnnualCents, bool MeetsWeeksCondition, int YearsBefore2016, int YearsSince2016,
    int HoursPerWeekBefore, int HoursLostPerWeek, bool AtOrAboveAowAge)
{
    /// <summary>
    /// Worked in at least 4 of the last 5 calendar years (jareneis), when known. When null it is approximated as
    /// "at least 4 counted years in total" (YearsBefore2016 + YearsSince2016), and the step is marked est.
    /// </summary>
    public bool? MeetsYearsCondition { get; init; }
}

/// <summary>The WW a claim gives: whether, how long and how much.</summary>
/// <param name="Eligible">True when WW is granted.</param>
/// <param name="IneligibleReason">Why not, in English, with the legal reference; null when eligible.</param>
/// <param name="DurationMonths">Benefit months (0 when not eligible).</param>
/// <param name="DagloonCents">Daily wage after the cap (before scaling by hours lost), eurocents.</param>
/// <param name="MonthlyHighCents">Monthly benefit in the high-rate months, eurocents.</param>
/// <param name="MonthlyLowCents">Monthly benefit afterwards, eurocents.</param>
/// <param name="Steps">The rules applied, in order.</param>
public sealed record WwEntitlement(
    bool Eligible, string? IneligibleReason, int DurationMonths, long DagloonCents, long MonthlyHighCents,
    long MonthlyLowCents, IReadOnlyList<RuleStep> Steps)
{
    /// <summary>Number of months paid at the high rate (from the law the entitlement was computed under).</summary>
    public int HighRateMonths { get; init; }
}

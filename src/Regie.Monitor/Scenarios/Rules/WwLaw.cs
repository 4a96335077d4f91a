namespace Regie.Monitor.Scenarios.Rules;

/// <summary>Unemployment-insurance parameters in force (WW).</summary>
public sealed class WwLaw
{
    internal WwLaw(LawSnapshot law)
    {
        MaximumDagloon = law.Get(RuleIds.Ww.MaximumDagloon);
        RateHigh = law.Get(RuleIds.Ww.RateHigh);
        RateLow = law.Get(RuleIds.Ww.RateLow);
        HighRateMonths = law.Get(RuleIds.Ww.HighRateMonths);
        DaysPerYear = law.Get(RuleIds.Ww.DaysPerYear);
        DaysPerMonth = law.Get(RuleIds.Ww.DaysPerMonth);
        MinDurationMonths = law.Get(RuleIds.Ww.MinDurationMonths);
        MaxDurationMonths = law.Get(RuleIds.Ww.MaxDurationMonths);
        MonthsPerYear = law.Get(RuleIds.Ww.MonthsPerYear);
        MonthsPerYearReduced = law.Get(RuleIds.Ww.MonthsPerYearReduced);
        FullRateYears = law.Get(RuleIds.Ww.FullRateYears);
        MinimumAge = law.Get(RuleIds.Ww.MinimumAge);
        MinHoursLost = law.Get(RuleIds.Ww.MinHoursLost);
        SmallJobHours = law.Get(RuleIds.Ww.SmallJobHours);
        SmallJobLossShare = law.Get(RuleIds.Ww.SmallJobLossShare);
        WeeksConditionWeeks = law.Get(RuleIds.Ww.WeeksConditionWeeks);
        WeeksConditionWindow = law.Get(RuleIds.Ww.WeeksConditionWindow);
        YearsConditionYears = law.Get(RuleIds.Ww.YearsConditionYears);
        YearsConditionWindow = law.Get(RuleIds.Ww.YearsConditionWindow);
        YearMinHours = law.Get(RuleIds.Ww.YearMinHours);
        EarningsOffsetRate = law.Get(RuleIds.Ww.EarningsOffsetRate);
    }

    /// <summary>Maximum daily wage, eurocents per day.</summary>
    public LawValue MaximumDagloon { get; }

    /// <summary>Benefit share of the daily wage in the first months (0.75).</summary>
    public LawValue RateHigh { get; }

    /// <summary>Benefit share of the daily wage afterwards (0.70).</summary>
    public LawValue RateLow { get; }

    /// <summary>Months paid at the high rate (2).</summary>
    public LawValue HighRateMonths { get; }

    /// <summary>Divisor from annual SV wage to daily wage (261).</summary>
    public LawValue DaysPerYear { get; }

    /// <summary>Daily wages per benefit month (21.75).</summary>
    public LawValue DaysPerMonth { get; }

    /// <summary>Duration floor and duration without the years condition (3 months).</summary>
    public LawValue MinDurationMonths { get; }

    /// <summary>Duration cap (24 months).</summary>
    public LawValue MaxDurationMonths { get; }

    /// <summary>Months per counted year at the full rate (1).</summary>
    public LawValue MonthsPerYear { get; }

    /// <summary>Months per counted year from 2016 beyond the full-rate years (0.5).</summary>
    public LawValue MonthsPerYearReduced { get; }

    /// <summary>Counted years that always build up the full rate (10).</summary>
    public LawValue FullRateYears { get; }

    /// <summary>Minimum age (18).</summary>
    public LawValue MinimumAge { get; }

    /// <summary>Hours lost per week that make a person unemployed (5).</summary>
    public LawValue MinHoursLost { get; }

    /// <summary>Below this many weekly hours the half-of-the-hours rule applies (10).</summary>
    public LawValue SmallJobHours { get; }

    /// <summary>Share of the hours a small job must lose (0.5).</summary>
    public LawValue SmallJobLossShare { get; }

    /// <summary>Weeks condition: weeks worked (26).</summary>
    public LawValue WeeksConditionWeeks { get; }

    /// <summary>Weeks condition: window (36).</summary>
    public LawValue WeeksConditionWindow { get; }

    /// <summary>Years condition: years worked (4).</summary>
    public LawValue YearsConditionYears { get; }

    /// <summary>Years condition: window (5).</summary>
    public LawValue YearsConditionWindow { get; }

    /// <summary>Paid hours that make a year count (208).</summary>
    public LawValue YearMinHours { get; }

    /// <summary>Share of earnings deducted from WW (0.70).</summary>
    public LawValue EarningsOffsetRate { get; }
}

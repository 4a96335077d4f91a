namespace Regie.Monitor.Scenarios.Rules;

/// <summary>Ids of the parameters the rule functions use; a rule book must define each of them.</summary>
public static class RuleIds
{
    /// <summary>Minimum wage (WML).</summary>
    public static class Wml
    {
        public const string Hourly21 = "nl.wml.hourly_21";
        public const string MonthlyReference = "nl.wml.monthly_reference_36h";
        public const string YouthShares = "nl.wml.youth_shares";
        public const string BblShares = "nl.wml.bbl_shares";
    }

    /// <summary>Unemployment insurance (WW).</summary>
    public static class Ww
    {
        public const string MaximumDagloon = "nl.ww.maximum_dagloon";
        public const string RateHigh = "nl.ww.rate_high";
        public const string RateLow = "nl.ww.rate_low";
        public const string HighRateMonths = "nl.ww.high_rate_months";
        public const string DaysPerYear = "nl.ww.days_per_year";
        public const string DaysPerMonth = "nl.ww.days_per_month";
        public const string MinDurationMonths = "nl.ww.min_duration_months";
        public const string MaxDurationMonths = "nl.ww.max_duration_months";
        public const string MonthsPerYear = "nl.ww.months_per_year";
        public const string MonthsPerYearReduced = "nl.ww.months_per_year_reduced";
        public const string FullRateYears = "nl.ww.full_rate_years";
        public const string MinimumAge = "nl.ww.minimum_age";
        public const string MinHoursLost = "nl.ww.min_hours_lost";
        public const string SmallJobHours = "nl.ww.small_job_hours";
        public const string SmallJobLossShare = "nl.ww.small_job_loss_share";
        public const string WeeksConditionWeeks = "nl.ww.weeks_condition_weeks";
        public const string WeeksConditionWindow = "nl.ww.weeks_condition_window";
        public const string YearsConditionYears = "nl.ww.years_condition_years";
        public const string YearsConditionWindow = "nl.ww.years_condition_window";
        public const string YearMinHours = "nl.ww.year_min_hours";
        public const string EarningsOffsetRate = "nl.ww.earnings_offset_rate";
    }

    /// <summary>Social assistance (Participatiewet).</summary>
    public static class Bijstand
    {
        public const string NormCouple = "nl.pw.norm_couple";
        public const string NormSingleAow = "nl.pw.norm_single_aow";
        public const string NormCoupleAow = "nl.pw.norm_couple_aow";
        public const string NormYouthSingle = "nl.pw.norm_youth_single";
        public const string CostSharersBase = "nl.pw.kostendelers_base";
        public const string CostSharersPerSharer = "nl.pw.kostendelers_per_sharer";
        public const string AssetLimitSingle = "nl.pw.asset_limit_single";
        public const string AssetLimitFamily = "nl.pw.asset_limit_family";
        public const string EarningsReleaseRate = "nl.pw.earnings_release_rate";
        public const string EarningsReleaseMax = "nl.pw.earnings_release_max";
    }

    /// <summary>Toeslagenwet.</summary>
    public static class Tw
    {
        public const string ShareCouple = "nl.tw.share_couple";
        public const string ShareSingleParent = "nl.tw.share_single_parent";
        public const string ShareSingle = "nl.tw.share_single";
        public const string NetMinimumWage = "nl.tw.net_minimum_wage";
    }

    /// <summary>State pension (AOW).</summary>
    public static class Aow
    {
        public const string Single = "nl.aow.single";
        public const string Couple = "nl.aow.couple";
        public const string AgeMonths = "nl.aow.age_months";
    }

    /// <summary>Income tax, box 1 and the two main credits.</summary>
    public static class Tax
    {
        public const string Box1 = "nl.ib.box1";
        public const string Box1Aow = "nl.ib.box1_aow";
        public const string GeneralCreditMax = "nl.ib.ahk_max";
        public const string GeneralCreditMaxAow = "nl.ib.ahk_max_aow";
        public const string GeneralCreditPhaseOutStart = "nl.ib.ahk_phaseout_start";
        public const string GeneralCreditPhaseOutRate = "nl.ib.ahk_phaseout_rate";
        public const string GeneralCreditPhaseOutRateAow = "nl.ib.ahk_phaseout_rate_aow";
        public const string LabourCredit = "nl.ib.arbeidskorting";
        public const string LabourCreditAow = "nl.ib.arbeidskorting_aow";
    }

    /// <summary>CBS equivalence scale.</summary>
    public static class Equivalence
    {
        public const string OneAdult = "nl.cbs.equivalence_one_adult";
        public const string TwoAdults = "nl.cbs.equivalence_two_adults";
    }

    /// <summary>Every id above.</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        Wml.Hourly21, Wml.MonthlyReference, Wml.YouthShares, Wml.BblShares,
        Ww.MaximumDagloon, Ww.RateHigh, Ww.RateLow, Ww.HighRateMonths, Ww.DaysPerYear, Ww.DaysPerMonth,
        Ww.MinDurationMonths, Ww.MaxDurationMonths, Ww.MonthsPerYear, Ww.MonthsPerYearReduced, Ww.FullRateYears,
        Ww.MinimumAge, Ww.MinHoursLost, Ww.SmallJobHours, Ww.SmallJobLossShare, Ww.WeeksConditionWeeks,
        Ww.WeeksConditionWindow, Ww.YearsConditionYears, Ww.YearsConditionWindow, Ww.YearMinHours, Ww.EarningsOffsetRate,
        Bijstand.NormCouple, Bijstand.NormSingleAow, Bijstand.NormCoupleAow, Bijstand.NormYouthSingle,
        Bijstand.CostSharersBase, Bijstand.CostSharersPerSharer, Bijstand.AssetLimitSingle, Bijstand.AssetLimitFamily,
        Bijstand.EarningsReleaseRate, Bijstand.EarningsReleaseMax,
        Tw.ShareCouple, Tw.ShareSingleParent, Tw.ShareSingle, Tw.NetMinimumWage,
        Aow.Single, Aow.Couple, Aow.AgeMonths,
        Tax.Box1, Tax.Box1Aow, Tax.GeneralCreditMax, Tax.GeneralCreditMaxAow, Tax.GeneralCreditPhaseOutStart,
        Tax.GeneralCreditPhaseOutRate, Tax.GeneralCreditPhaseOutRateAow, Tax.LabourCredit, Tax.LabourCreditAow,
        Equivalence.OneAdult, Equivalence.TwoAdults,
    ];
}

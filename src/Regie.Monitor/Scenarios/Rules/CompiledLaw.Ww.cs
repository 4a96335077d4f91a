using System.Runtime.CompilerServices;
namespace Regie.Monitor.Scenarios.Rules;

/// <summary>A WW entitlement in integer form (see <see cref="WwEntitlement"/>); no steps.</summary>
/// <param name="Eligible">WW granted.</param>
/// <param name="DurationMonths">Benefit months.</param>
/// <param name="DagloonCents">Capped daily wage.</param>
/// <param name="MonthlyHighCents">Monthly benefit in the high-rate months.</param>
/// <param name="MonthlyLowCents">Monthly benefit afterwards.</param>
/// <param name="HighRateMonths">Months at the high rate.</param>
public readonly record struct WwTerms(
    bool Eligible, int DurationMonths, long DagloonCents, long MonthlyHighCents, long MonthlyLowCents, int HighRateMonths)
{
    /// <summary>As <see cref="WwRules.MonthCents"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long MonthCents(int benefitMonth) =>
        benefitMonth < 1 ? throw new ArgumentOutOfRangeException(nameof(benefitMonth))
        : !Eligible || benefitMonth > DurationMonths ? 0
        : benefitMonth <= HighRateMonths ? MonthlyHighCents
        : MonthlyLowCents;
}

public sealed partial class CompiledLaw
{
    private readonly WwFixed _ww;

    /// <summary>As <see cref="WwRules.Entitle"/> (same arguments as <see cref="WwClaim"/>), without the trace.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Hours, years or wage out of range.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public WwTerms WwEntitle(
        int age, long svWageAnnualCents, bool meetsWeeksCondition, bool? meetsYearsCondition, int yearsBefore2016,
        int yearsSince2016, int hoursPerWeekBefore, int hoursLostPerWeek, bool atOrAboveAowAge)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hoursPerWeekBefore, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(hoursLostPerWeek);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hoursLostPerWeek, hoursPerWeekBefore);
        ArgumentOutOfRangeException.ThrowIfNegative(yearsBefore2016);
        ArgumentOutOfRangeException.ThrowIfNegative(yearsSince2016);
        ArgumentOutOfRangeException.ThrowIfNegative(svWageAnnualCents);
        var w = _ww;
        if (age < w.MinimumAge || atOrAboveAowAge || !Unemployed(hoursPerWeekBefore, hoursLostPerWeek) || !meetsWeeksCondition)
        {
            return default;
        }

        var meetsYears = meetsYearsCondition ?? yearsBefore2016 + yearsSince2016 >= w.YearsCondition;
        var months = meetsYears ? Duration(yearsBefore2016, yearsSince2016) : w.MinMonths;
        var dagloon = Math.Min(Rounding.DivRound((Int128)svWageAnnualCents * S, w.DaysPerYear), w.MaxDagloon);
        var paid = hoursLostPerWeek < hoursPerWeekBefore
            ? Rounding.DivRound((Int128)dagloon * hoursLostPerWeek, hoursPerWeekBefore)
            : dagloon;
        var high = Rounding.DivRound((Int128)w.RateHigh * paid * w.DaysPerMonth, (Int128)S * S);
        var low = Rounding.DivRound((Int128)w.RateLow * paid * w.DaysPerMonth, (Int128)S * S);
        return new WwTerms(true, months, dagloon, high, low, w.HighMonths);
    }

    /// <summary>As <see cref="WwRules.AfterEarningsCents"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long WwAfterEarningsCents(long wwMonthCents, long earningsMonthCents) =>
        Math.Max(0, wwMonthCents - Rounding.DivRound((Int128)_ww.EarningsOffset * Math.Max(0, earningsMonthCents), S));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Unemployed(int before, int lost)
    {
        var w = _ww;
        return lost > 0 && ((long)before * S < w.SmallJobHours
            ? (Int128)lost * S >= (Int128)w.SmallJobShare * before
            : (long)lost * S >= w.MinHoursLost);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Duration(int pre, int post)
    {
        var w = _ww;
        var firstPost = Math.Min(post, Math.Max(0, w.FullRateYears - pre));
        var raw = ((Int128)w.MonthsPerYear * (pre + firstPost)) + ((Int128)w.MonthsPerYearReduced * (post - firstPost));
        return (int)Math.Clamp(Rounding.DivFloor(raw, S), w.MinMonths, w.MaxMonths);
    }

    /// <summary>WW parameters: whole numbers as they are, rates and day counts in fixed point.</summary>
    private sealed class WwFixed(WwLaw ww)
    {
        public long MaxDagloon { get; } = ww.MaximumDagloon.Whole;
        public long RateHigh { get; } = Rounding.Fixed(ww.RateHigh.Number);
        public long RateLow { get; } = Rounding.Fixed(ww.RateLow.Number);
        public int HighMonths { get; } = (int)ww.HighRateMonths.Whole;
        public long DaysPerYear { get; } = Rounding.Fixed(ww.DaysPerYear.Number);
        public long DaysPerMonth { get; } = Rounding.Fixed(ww.DaysPerMonth.Number);
        public int MinMonths { get; } = (int)ww.MinDurationMonths.Whole;
        public int MaxMonths { get; } = (int)ww.MaxDurationMonths.Whole;
        public long MonthsPerYear { get; } = Rounding.Fixed(ww.MonthsPerYear.Number);
        public long MonthsPerYearReduced { get; } = Rounding.Fixed(ww.MonthsPerYearReduced.Number);
        public int FullRateYears { get; } = (int)ww.FullRateYears.Whole;
        public long MinimumAge { get; } = ww.MinimumAge.Whole;
        public long MinHoursLost { get; } = Rounding.Fixed(ww.MinHoursLost.Number);
        public long SmallJobHours { get; } = Rounding.Fixed(ww.SmallJobHours.Number);
        public long SmallJobShare { get; } = Rounding.Fixed(ww.SmallJobLossShare.Number);
        public long YearsCondition { get; } = ww.YearsConditionYears.Whole;
        public long EarningsOffset { get; } = Rounding.Fixed(ww.EarningsOffsetRate.Number);
    }
}

using Regie.Monitor.Scenarios.Rules;

namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// The engine's view of the law answered by the decimal rule functions (the ones that carry legal references).
/// Slow but plain: the reference engine and the tests use it to check <see cref="CompiledEngineLaw"/>.
/// </summary>
internal sealed class DecimalEngineLaw(LawSnapshot law) : IEngineLaw
{
    public LawSnapshot Law { get; } = law;

    public int AowAge { get; } = AowAgeOf(law);

    public long AowCents(bool couple) => AowRules.MonthlyCents(couple, Law);

    public long TaxCents(long taxableAnnualCents, long labourAnnualCents, bool aowAge) =>
        IncomeTaxRules.Annual(new TaxpayerYear(taxableAnnualCents, labourAnnualCents, aowAge), Law).NetTaxCents;

    public double EquivalenceFactor(int adults, int children) => (double)EquivalenceRules.Factor(adults, children, Law);

    public WwSpell Ww(int age, long svWageAnnualCents, int yearsBefore2016, int yearsSince2016, int hoursBefore, int hoursLost)
    {
        if (hoursBefore < 1)
            return WwSpell.None;
        var e = WwRules.Entitle(Claim(age, svWageAnnualCents, yearsBefore2016, yearsSince2016, hoursBefore, Math.Min(hoursLost, hoursBefore), AowAge), Law);
        return e.Eligible ? new WwSpell(true, e.DurationMonths, e.HighRateMonths, e.MonthlyHighCents, e.MonthlyLowCents) : WwSpell.None;
    }

    public long BijstandNormCents(bool couple, int claimantAge, int partnerAge, int costSharers, bool hasChildren) =>
        BijstandRules.Norm(new BijstandUnit(couple, claimantAge, partnerAge, costSharers, hasChildren), Law).MonthlyCents;

    public long BijstandAwardCents(long normCents, long otherNetIncomeCents, long earningsCents, long liquidAssetsCents, bool couple, bool hasChildren, int claimantAge, int partnerAge, int costSharers)
    {
        var unit = new BijstandUnit(couple, claimantAge, partnerAge, costSharers, hasChildren);
        return BijstandRules.Award(new BijstandNorm(normCents, []), otherNetIncomeCents, earningsCents, liquidAssetsCents, unit, Law).MonthlyCents;
    }

    public long TwTopUpCents(bool couple, bool singleParent, int age, long benefitCents, long otherIncomeCents) =>
        ToeslagenwetRules.TopUp(new TwUnit(couple, singleParent), benefitCents, otherIncomeCents, Law).MonthlyCents;

    /// <summary>The WW claim of a displaced employee: the weeks condition is taken as met (engine assumption).</summary>
    internal static WwClaim Claim(int age, long svWageAnnualCents, int yearsBefore2016, int yearsSince2016, int hoursBefore, int hoursLost, int aowAge) =>
        new(age, svWageAnnualCents, true, yearsBefore2016, yearsSince2016, hoursBefore, hoursLost, age >= aowAge);

    /// <summary>The AOW age in whole years (rounded up, so nobody below it gets AOW).</summary>
    internal static int AowAgeOf(LawSnapshot law)
    {
        var age = 0;
        while (!AowRules.IsAowAge(age, law))
            age++;
        return age;
    }
}

using System.Runtime.CompilerServices;
using Regie.Monitor.Scenarios.Rules;

namespace Regie.Monitor.Scenarios.Engine;

/// <summary>The engine's view of the law answered by <see cref="CompiledLaw"/>: integer arithmetic, no allocation.</summary>
internal sealed class CompiledEngineLaw(CompiledLaw law) : IEngineLaw
{
    public int AowAge { get; } = AowAgeOf(law);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long AowCents(bool couple) => law.AowCents(couple);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long TaxCents(long taxableAnnualCents, long labourAnnualCents, bool aowAge) => law.TaxCents(taxableAnnualCents, labourAnnualCents, aowAge);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double EquivalenceFactor(int adults, int children) => law.EquivalenceFactor(adults, children);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public WwSpell Ww(int age, long svWageAnnualCents, int yearsBefore2016, int yearsSince2016, int hoursBefore, int hoursLost)
    {
        if (hoursBefore < 1)
            return WwSpell.None;
        var t = law.WwEntitle(age, svWageAnnualCents, true, null, yearsBefore2016, yearsSince2016, hoursBefore, Math.Min(hoursLost, hoursBefore), age >= AowAge);
        return t.Eligible ? new WwSpell(true, t.DurationMonths, t.HighRateMonths, t.MonthlyHighCents, t.MonthlyLowCents) : WwSpell.None;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long BijstandNormCents(bool couple, int claimantAge, int partnerAge, int costSharers, bool hasChildren) =>
        law.BijstandNormCents(couple, claimantAge, partnerAge, costSharers, hasChildren);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long BijstandAwardCents(long normCents, long otherNetIncomeCents, long earningsCents, long liquidAssetsCents, bool couple, bool hasChildren, int claimantAge, int partnerAge, int costSharers) =>
        law.BijstandAward(normCents, otherNetIncomeCents, earningsCents, liquidAssetsCents, couple, hasChildren).MonthlyCents;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long TwTopUpCents(bool couple, bool singleParent, int age, long benefitCents, long otherIncomeCents) =>
        law.TwTopUpCents(couple, singleParent, benefitCents, otherIncomeCents);

    private static int AowAgeOf(CompiledLaw law)
    {
        var age = 0;
        while (!law.IsAowAge(age))
            age++;
        return age;
    }
}

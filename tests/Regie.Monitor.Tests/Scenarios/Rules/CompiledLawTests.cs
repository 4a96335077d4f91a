using CsCheck;
using Regie.Monitor.Scenarios.Rules;

namespace Regie.Monitor.Tests.Scenarios.Rules;

/// <summary>The integer law gives exactly the cents of the decimal rule functions, over wide random inputs and reforms.</summary>
public sealed class CompiledLawTests
{
    private const long Iterations = 5_000;

    // A law date from the shipped book, optionally with a random reform of one rate, so the check covers
    // rates the shipped files do not hold.
    private static readonly Gen<LawSnapshot> Laws =
        Gen.Select(Gen.Int[0, ShippedRules.HalfYears.Count - 1], Gen.Int[0, 5], Gen.Int[1, 999_999_999])
            .Select((date, reform, fraction) =>
            {
                var law = ShippedRules.RuleBook.AsOf(ShippedRules.HalfYears[date]).Value;
                var rate = fraction / 1_000_000_000m;
                return reform switch
                {
                    1 => law.WithOverride(RuleIds.Ww.RateHigh, rate, "random").Value,
                    2 => law.WithOverride(RuleIds.Bijstand.CostSharersBase, 40m + rate, "random").Value,
                    3 => law.WithOverride(RuleIds.Tw.ShareSingle, rate, "random").Value,
                    4 => law.WithOverride(RuleIds.Tax.GeneralCreditPhaseOutRate, fraction % 100_000_000 / 1_000_000_000m, "random").Value,
                    5 => law.WithOverride(RuleIds.Ww.DaysPerMonth, 20m + rate, "random").Value,
                    _ => law,
                };
            });

    [Fact]
    public void Tax_is_the_same_in_cents() =>
        Gen.Select(Laws, Gen.Long[-10_000_000, 100_000_000_000], Gen.Long[-10_000_000, 100_000_000_000], Gen.Bool)
            .Sample((law, taxable, labour, aow) =>
            {
                var exact = IncomeTaxRules.Annual(new TaxpayerYear(taxable, labour, aow), law);
                var compiled = law.Compile();

                Assert.Equal(exact.Box1Cents, compiled.Box1Cents(taxable, aow));
                Assert.Equal(exact.GeneralCreditCents, compiled.GeneralCreditCents(taxable, aow));
                Assert.Equal(exact.LabourCreditCents, compiled.LabourCreditCents(labour, aow));
                Assert.Equal(exact.NetTaxCents, compiled.TaxCents(taxable, labour, aow));
            }, iter: Iterations);

    [Fact]
    public void Ww_is_the_same_in_cents_and_months() =>
        Gen.Select(Laws, Claims, Gen.Int[1, 30], Gen.Long[0, 10_000_000])
            .Sample((law, claim, month, earnings) =>
            {
                var exact = WwRules.Entitle(claim, law);
                var compiled = law.Compile();

                var terms = compiled.WwEntitle(claim.Age, claim.SvWageAnnualCents, claim.MeetsWeeksCondition, claim.MeetsYearsCondition,
                    claim.YearsBefore2016, claim.YearsSince2016, claim.HoursPerWeekBefore, claim.HoursLostPerWeek, claim.AtOrAboveAowAge);

                Assert.Equal(
                    (exact.Eligible, exact.DurationMonths, exact.DagloonCents, exact.MonthlyHighCents, exact.MonthlyLowCents),
                    (terms.Eligible, terms.DurationMonths, terms.DagloonCents, terms.MonthlyHighCents, terms.MonthlyLowCents));
                Assert.Equal(WwRules.MonthCents(exact, month), terms.MonthCents(month));
                var paid = terms.MonthCents(month);
                Assert.Equal(WwRules.AfterEarningsCents(paid, earnings, law), compiled.WwAfterEarningsCents(paid, earnings));
            }, iter: Iterations);

    [Fact]
    public void Bijstand_is_the_same_in_cents() =>
        Gen.Select(Laws, BijstandRulesTests.Units, Gen.Long[-100_000, 1_000_000], Gen.Long[-100_000, 1_000_000], Gen.Long[0, 5_000_000])
            .Sample((law, unit, income, earnings, assets) =>
            {
                var norm = BijstandRules.Norm(unit, law);
                var award = BijstandRules.Award(norm, income, earnings, assets, unit, law);
                var compiled = law.Compile();

                var normCents = compiled.BijstandNormCents(unit.Couple, unit.ClaimantAge, unit.PartnerAge, unit.CostSharers, unit.HasChildren);
                var outcome = compiled.BijstandAward(normCents, income, earnings, assets, unit.Couple, unit.HasChildren);

                Assert.Equal(norm.MonthlyCents, normCents);
                Assert.Equal((award.MonthlyCents, award.AssetTestFailed), (outcome.MonthlyCents, outcome.AssetTestFailed));
            }, iter: Iterations);

    [Fact]
    public void Toeslagenwet_top_up_is_the_same_in_cents() =>
        Gen.Select(Laws, Gen.Bool, Gen.Bool, Gen.Long[-10_000, 1_000_000], Gen.Long[-10_000, 1_000_000])
            .Sample((law, couple, children, benefit, other) =>
                Assert.Equal(
                    ToeslagenwetRules.TopUp(new TwUnit(couple, children), benefit, other, law).MonthlyCents,
                    law.Compile().TwTopUpCents(couple, children, benefit, other)),
                iter: Iterations);

    [Fact]
    public void Minimum_wage_aow_and_equivalence_are_the_same() =>
        Gen.Select(Laws, Gen.Int[15, 100], Gen.Int[1, 12], Gen.Int[0, 15], Gen.Bool)
            .Sample((law, age, adults, children, couple) =>
            {
                var compiled = law.Compile();

                Assert.Equal(MinimumWageRules.HourlyCents(age, law), compiled.MinimumWageHourlyCents(age));
                Assert.Equal(AowRules.MonthlyCents(couple, law), compiled.AowCents(couple));
                Assert.Equal(AowRules.IsAowAge(age, law), compiled.IsAowAge(age));
                Assert.Equal((double)EquivalenceRules.Factor(adults, children, law), compiled.EquivalenceFactor(adults, children));
                if (age >= 18)
                {
                    Assert.Equal(MinimumWageRules.BblHourlyCents(age, law), compiled.BblHourlyCents(age));
                }
            }, iter: Iterations);

    [Fact]
    public void Compiled_calls_allocate_nothing()
    {
        var law = ShippedRules.On("2025-07-01").Compile();
        var sum = Exercise(law, 0); // warm up (JIT, statics)

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 1; i <= 1_000; i++)
        {
            sum += Exercise(law, i);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.NotEqual(0, sum);
    }

    [Theory]
    [InlineData(5, 10, 1)]
    [InlineData(-5, 10, -1)]
    [InlineData(15, 10, 2)]
    [InlineData(-15, 10, -2)]
    [InlineData(14, 10, 1)]
    [InlineData(-14, 10, -1)]
    public void Integer_division_rounds_half_away_from_zero_like_decimal(long numerator, long denominator, long expected)
    {
        Assert.Equal(expected, Rounding.DivRound(numerator, denominator));
        Assert.Equal(expected, Rounding.Cents((decimal)numerator / denominator));
    }

    private static long Exercise(CompiledLaw law, int i)
    {
        var terms = law.WwEntitle(40, 3_000_000 + i, true, null, 10, 8, 36, 36, false);
        var norm = law.BijstandNormCents(i % 2 == 0, 40, 45, 2 + (i % 3), false);
        return law.TaxCents(4_000_000 + i, 4_000_000, i % 5 == 0) + terms.MonthCents(1 + (i % 20))
            + law.WwAfterEarningsCents(terms.MonthlyLowCents, i) + norm
            + law.BijstandAward(norm, i * 10, i, 0, false, false).MonthlyCents
            + law.TwTopUpCents(true, false, 150_000, i) + law.AowCents(i % 2 == 0) + law.MinimumWageHourlyCents(15 + (i % 10))
            + (long)law.EquivalenceFactor(1 + (i % 3), i % 5);
    }

    private static readonly Gen<WwClaim> Claims =
        Gen.Select(Gen.Int[15, 70], Gen.Long[0, 50_000_000], Gen.Bool, Gen.Int[0, 45], Gen.Int[0, 12], Gen.Int[1, 60], Gen.Int[0, 100], Gen.Int[0, 8])
            .Select((age, wage, weeks, pre, post, before, lostPercent, flags) => new WwClaim(
                age, wage, weeks, pre, post, before, before * lostPercent / 100, AtOrAboveAowAge: flags == 0)
            {
                MeetsYearsCondition = flags switch { 1 => true, 2 => false, _ => null },
            });
}

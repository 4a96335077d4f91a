using CsCheck;
using Regie.Monitor.Scenarios.Rules;

namespace Regie.Monitor.Tests.Scenarios.Rules;

public sealed class IncomeTaxRulesTests
{
    [Fact]
    public void A_worker_on_40000_euros_in_2025_pays_bracket_tax_minus_both_credits()
    {
        var result = IncomeTaxRules.Annual(new TaxpayerYear(4_000_000, 4_000_000, false), ShippedRules.On("2025-01-01"));

        Assert.Equal(1435388, result.Box1Cents);          // 38,441 × 35.82 % + 1,559 × 37.48 %
        Assert.Equal(233329, result.GeneralCreditCents);  // 3,068 − 6.337 % × (40,000 − 28,406)
        Assert.Equal(552962, result.LabourCreditCents);   // 5,220 + 2.258 % × (40,000 − 26,288)
        Assert.Equal(649097, result.NetTaxCents);
    }

    [Fact]
    public void At_AOW_age_the_lower_first_bracket_and_credits_apply()
    {
        var result = IncomeTaxRules.Annual(new TaxpayerYear(3_000_000, 0, true), ShippedRules.On("2025-01-01"));

        Assert.Equal(537600, result.Box1Cents);          // 30,000 × 17.92 %
        Assert.Equal(148447, result.GeneralCreditCents); // 1,535 − 3.170 % × (30,000 − 28,406)
        Assert.Equal(0, result.LabourCreditCents);
    }

    [Fact]
    public void The_labour_credit_vanishes_at_the_end_of_its_phase_out()
    {
        var result = IncomeTaxRules.Annual(new TaxpayerYear(13_000_000, 13_000_000, false), ShippedRules.On("2025-01-01"));

        Assert.Equal(0, result.LabourCreditCents);
        Assert.Equal(0, result.GeneralCreditCents);
    }

    [Fact]
    public void Net_tax_is_never_negative() =>
        Gen.Select(Gen.Long[-1_000_000, 50_000_000], Gen.Long[0, 50_000_000], Gen.Bool, Gen.Int[0, 4])
            .Sample((taxable, labour, aow, date) =>
            {
                var law = ShippedRules.RuleBook.AsOf(ShippedRules.HalfYears[date]).Value;

                Assert.True(IncomeTaxRules.Annual(new TaxpayerYear(taxable, labour, aow), law).NetTaxCents >= 0);
            });
}

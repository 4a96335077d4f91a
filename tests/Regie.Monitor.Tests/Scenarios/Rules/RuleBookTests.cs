using Regie.Core.Results;
using Regie.Monitor.Scenarios.Rules;

namespace Regie.Monitor.Tests.Scenarios.Rules;

public sealed class RuleBookTests
{
    [Fact]
    public void A_value_stays_in_force_until_the_next_dated_value()
    {
        Assert.Equal(29067, ShippedRules.On("2025-12-31").Ww.MaximumDagloon.Whole);
        Assert.Equal(30425, ShippedRules.On("2026-01-01").Ww.MaximumDagloon.Whole);
    }

    [Fact]
    public void A_law_date_before_a_parameters_first_value_is_an_error_naming_the_parameter()
    {
        var result = ShippedRules.RuleBook.AsOf(new DateOnly(2024, 3, 1));

        var error = Assert.IsType<LawNotInForce>(result.Error);
        Assert.Contains(error.Missing, m => m.Id == RuleIds.Bijstand.NormCouple && m.FirstDate == new DateOnly(2024, 7, 1));
        Assert.DoesNotContain(error.Missing, m => m.Id == RuleIds.Wml.Hourly21);
        Assert.Contains("nl.pw.norm_couple (first value 2024-07-01)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_2019_even_the_maximum_daily_wage_is_missing()
    {
        var error = Assert.IsType<LawNotInForce>(ShippedRules.RuleBook.AsOf(new DateOnly(2018, 12, 31)).Error);

        Assert.Contains(error.Missing, m => m.Id == RuleIds.Ww.MaximumDagloon);
    }

    [Fact]
    public void Every_shipped_half_year_from_July_2024_can_be_assembled()
    {
        foreach (var date in ShippedRules.HalfYears)
        {
            Assert.True(ShippedRules.RuleBook.AsOf(date).IsSuccess, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void The_snapshot_lists_every_value_that_is_not_primary_for_the_manifest()
    {
        var law = ShippedRules.On("2025-07-01");

        var offset = Assert.Single(law.NonPrimary, v => v.Id == RuleIds.Ww.EarningsOffsetRate);
        Assert.Equal(ValueStatus.Verify, offset.Status);
        Assert.Equal(law.Values.Count(v => v.Status != ValueStatus.Primary), law.NonPrimary.Count);
        Assert.Equal(ShippedRules.RuleBook.ContentHash, law.RuleBookHash);
    }

    [Fact]
    public void A_reform_override_is_marked_and_changes_the_hash()
    {
        var law = ShippedRules.On("2025-07-01");

        var reformed = law.WithOverride(RuleIds.Ww.RateLow, 0.75m, "scenario: no step-down").Value;

        Assert.Equal(0.75m, reformed.Ww.RateLow.Number);
        Assert.Equal(ValueStatus.Reform, reformed.Ww.RateLow.Status);
        Assert.Contains(reformed.NonPrimary, v => v.Id == RuleIds.Ww.RateLow && v.Status == ValueStatus.Reform);
        Assert.NotEqual(law.RuleBookHash, reformed.RuleBookHash);
        Assert.Equal(0.70m, law.Ww.RateLow.Number);
    }

    [Fact]
    public void An_override_that_does_not_fit_the_parameter_is_a_validation_error()
    {
        var law = ShippedRules.On("2025-07-01");

        Assert.IsType<ValidationError>(law.WithOverride(RuleIds.Bijstand.NormCouple, 1955.805m, "cents with a fraction").Error);
        Assert.IsType<ValidationError>(law.WithOverride("nl.no.such", 1m, "unknown").Error);
        Assert.IsType<ValidationError>(law.WithOverride(RuleIds.Tax.Box1, 1m, "a schedule is not a number").Error);
    }

    [Fact]
    public void A_rule_book_without_a_needed_parameter_says_which()
    {
        var book = new RuleBook([.. ShippedRules.RuleBook.Parameters.Where(p => p.Id != RuleIds.Aow.Single)], "x");

        var error = Assert.IsType<RuleBookIncomplete>(book.AsOf(new DateOnly(2025, 7, 1)).Error);

        Assert.Equal([RuleIds.Aow.Single], error.MissingIds);
    }

    [Fact]
    public void Every_shipped_parameter_has_a_legal_basis_a_source_and_a_status()
    {
        Assert.All(ShippedRules.RuleBook.Parameters, p =>
        {
            Assert.NotEmpty(p.LegalBasis.Law);
            Assert.All(p.Values, v => Assert.False(string.IsNullOrWhiteSpace(v.Source)));
            Assert.All(p.Values, v => Assert.NotEqual(ValueStatus.Reform, v.Status));
        });
        Assert.Equal("art. 47 WW", ShippedRules.RuleBook.Find(RuleIds.Ww.RateHigh)!.LegalBasis.Display); // the id exists in the shipped book
    }
}

using Regie.Monitor.Scenarios.Explain;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Tests.Scenarios.Engine;

namespace Regie.Monitor.Tests.Scenarios.Explain;

public sealed class HypotheticalHouseholdTests
{
    // The UWV worked example: 26 years of work history, 20 of them before 2016 → 23 months of WW.
    private static readonly HypotheticalHousehold Single = new(
        [new HypotheticalMember(50, HouseholdRole.Head, LabourStatus.Employee, Education.Middle, 4_000m, 36, 20, 6)],
        LiquidAssets: 0,
        HitMember: 0,
        HitMonth: 0);

    [Fact]
    public void A_displaced_single_goes_from_ww_at_75_then_70_percent_to_bijstand_after_23_months()
    {
        var spec = EngineFixtures.Spec("horizon_years: 3\nsurvivor_wage_growth: 0");

        var explanation = Single.Explain(spec, EngineFixtures.Law).Value;

        var steps = explanation.Scenario;
        Assert.Contains(steps, s => s.Rule == "ww.duration" && s.Value == 23);
        var ww = steps.Where(s => s.Rule == "income.ww").ToList();
        Assert.Equal([0, 2], ww.Select(s => s.Month!.Value));
        Assert.True(ww[0].Value > ww[1].Value, "75 % in months 1–2, 70 % after");
        var bijstand = Assert.Single(steps, s => s.Rule == "bijstand" && s.Value > 0);
        Assert.Equal(23, bijstand.Month);
        Assert.DoesNotContain(explanation.Baseline, s => s.Rule.StartsWith("ww.", StringComparison.Ordinal));
    }

    [Fact]
    public void Savings_above_the_asset_limit_keep_bijstand_away()
    {
        var spec = EngineFixtures.Spec("horizon_years: 3");

        var explanation = (Single with { LiquidAssets = 50_000m }).Explain(spec, EngineFixtures.Law).Value;

        Assert.DoesNotContain(explanation.Scenario, s => s.Rule == "bijstand" && s.Value > 0);
        Assert.True(explanation.Years[^1].ScenarioDisposableCents < explanation.Years[0].ScenarioDisposableCents);
    }

    [Fact]
    public void Every_year_has_a_standardised_income_step_with_the_equivalence_factor()
    {
        var spec = EngineFixtures.Spec("horizon_years: 2");

        var explanation = Single.Explain(spec, EngineFixtures.Law).Value;

        Assert.Equal(2, explanation.Scenario.Count(s => s.Rule == "income.standardised"));
        Assert.Contains(explanation.Scenario, s => s.LegalReference.Contains("WW", StringComparison.Ordinal));
    }

    [Fact]
    public void Hitting_someone_who_is_not_an_employee_is_refused()
    {
        var spec = EngineFixtures.Spec();
        var household = Single with { Members = [Single.Members[0] with { Status = LabourStatus.Inactive }] };

        var result = household.Explain(spec, EngineFixtures.Law);

        Assert.False(result.IsSuccess);
    }
}

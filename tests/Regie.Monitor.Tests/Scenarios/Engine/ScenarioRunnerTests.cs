using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Spec;
using Regie.TestKit.Scenarios;

namespace Regie.Monitor.Tests.Scenarios.Engine;

public sealed class ScenarioRunnerTests
{
    private static readonly SyntheticPopulation Pop = PopulationBuilder.Random(2_000, seed: 31);

    private static ScenarioInputs Inputs(ScenarioSpec spec) =>
        new(Pop, EngineFixtures.Law, spec, EngineFixtures.Exposure(Pop), "data-hash", new Dictionary<string, string>(), new Dictionary<string, string>());

    private static ScenarioResult Run(ScenarioSpec spec) =>
        new ScenarioRunner(new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero))).Run(Inputs(spec), null, CancellationToken.None).Value;

    [Fact]
    public void The_same_inputs_give_the_same_bytes()
    {
        var spec = EngineFixtures.Spec("displacement_share: 0.2\ndraws: 3");

        var a = JsonSerializer.Serialize(Run(spec));
        var b = JsonSerializer.Serialize(Run(spec));

        Assert.Equal(a, b);
    }

    [Fact]
    public void Money_is_conserved_disposable_income_is_its_parts_in_every_year()
    {
        var spec = EngineFixtures.Spec("displacement_share: 0.3");
        var law = new CompiledEngineLaw(EngineFixtures.Law.Compile());

        var (_, totals) = FastEngine.Run(EngineFixtures.Context(Pop, spec, law, 2), null, CancellationToken.None);

        foreach (var t in totals)
        {
            var parts = t.GrossWageCents + t.WwCents + t.TwCents + t.OtherGrossCents + t.CapitalCents - t.TaxCents + t.BijstandCents;
            Assert.Equal(t.DisposableCents, parts, 1e-6 * Math.Abs(t.DisposableCents));
        }
    }

    [Fact]
    public void Job_loss_raises_ww_first_then_bijstand_once_ww_runs_out_and_costs_money()
    {
        var result = Run(EngineFixtures.Spec("displacement_share: 0.2\nsurvivor_wage_growth: 0"));

        var (first, last) = (result.Years[0], result.Years[^1]);
        Assert.True(first.Scenario.WwRecipients > first.Baseline.WwRecipients);
        Assert.True(last.Scenario.WwRecipients < first.Scenario.WwRecipients, "WW lasts at most 24 months");
        Assert.True(last.Scenario.BijstandHouseholds > first.Scenario.BijstandHouseholds);
        Assert.True(last.Scenario.MeanIncome < last.Baseline.MeanIncome);
        Assert.True(last.WhoPays.Total > 0);
        Assert.Equal(10, result.Deciles.Count);
    }

    [Fact]
    public void Over_two_draws_the_uncertainty_of_every_headline_is_reported_per_year()
    {
        var result = Run(EngineFixtures.Spec("displacement_share: 0.2\ndraws: 2"));

        Assert.Equal(2, result.Manifest.Seeds.Count);
        Assert.Equal(result.Years.Count * 7, result.Uncertainty.Count);
    }

    [Fact]
    public void A_reform_that_only_raises_the_bijstand_norm_never_lowers_anyones_income()
    {
        var spec = EngineFixtures.Spec("displacement_share: 0.3");
        var law = EngineFixtures.Law;
        var raised = law.WithOverride(law.Bijstand.NormCouple.Id, Math.Round(law.Bijstand.NormCouple.Number * 1.1m), "test reform").Value;

        var (before, _) = FastEngine.Run(EngineFixtures.Context(Pop, spec, new CompiledEngineLaw(law.Compile()), 2), null, CancellationToken.None);
        var (after, _) = FastEngine.Run(EngineFixtures.Context(Pop, spec, new CompiledEngineLaw(raised.Compile()), 2), null, CancellationToken.None);

        Assert.All(after.Zip(before), p => Assert.True(p.First >= p.Second));
        Assert.Contains(after.Zip(before), p => p.First > p.Second);
    }

    [Fact]
    public void The_manifest_names_law_population_scenario_and_seeds()
    {
        var result = Run(EngineFixtures.Spec("draws: 2\nseed: 40"));

        var m = result.Manifest;
        Assert.Equal("2026-01-01", m.LawDate);
        Assert.Equal(EngineFixtures.Law.RuleBookHash, m.RuleBookHash);
        Assert.NotEmpty(m.NonPrimaryValues);
        Assert.Equal([40UL, 41UL], m.Seeds);
        Assert.Equal("test", m.ScenarioId);
        Assert.Equal(64, m.ScenarioHash.Length);
        Assert.Equal("data-hash", m.DataHash);
        Assert.NotEmpty(m.Assumptions);
    }
}

using Microsoft.Extensions.Time.Testing;
using Regie.Core.Results;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Explain;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Spec;
using Regie.Monitor.Tests.Scenarios.Engine;
using Regie.TestKit.Scenarios;

namespace Regie.Monitor.Tests.Scenarios.Explain;

public sealed class HouseholdFinderTests
{
    private static readonly SyntheticPopulation Pop = PopulationBuilder.Random(1_500, seed: 17);

    private static ScenarioInputs Inputs(ScenarioSpec spec) =>
        new(Pop, EngineFixtures.Law, spec, EngineFixtures.Exposure(Pop), "data-hash", new Dictionary<string, string>(), new Dictionary<string, string>());

    private static IReadOnlyList<double> Bounds(ScenarioInputs inputs) =>
        new ScenarioRunner(new FakeTimeProvider()).Run(inputs, null, CancellationToken.None).Value.BaselineDecileBounds;

    [Fact]
    public void The_household_found_is_in_the_decile_and_has_a_member_hit()
    {
        var inputs = Inputs(EngineFixtures.Spec("displacement_share: 0.2\ndraws: 2"));
        var bounds = Bounds(inputs);

        var household = HouseholdFinder.HitInDecile(inputs, draw: 1, decile: 6, bounds).Value;

        var explanation = HouseholdExplainer.Explain(inputs, household, 1, bounds).Value;
        Assert.Equal(6, explanation.Years[0].BaselineDecile);
        Assert.Contains(explanation.Scenario, s => s.Rule == "shock.hit");
    }

    [Fact]
    public void A_pure_wage_cut_hits_nobody_so_no_household_is_found()
    {
        var inputs = Inputs(EngineFixtures.Spec("margin: wage-cut"));

        var result = HouseholdFinder.HitInDecile(inputs, 0, 5, Bounds(inputs));

        Assert.IsType<NoHitHousehold>(result.Error);
    }

    [Theory]
    [InlineData(0, 0, "decile")]
    [InlineData(0, 11, "decile")]
    [InlineData(1, 5, "draw")]
    public void A_decile_or_draw_out_of_range_is_a_field_error(int draw, int decile, string field)
    {
        var inputs = Inputs(EngineFixtures.Spec());

        var result = HouseholdFinder.HitInDecile(inputs, draw, decile, [.. Enumerable.Range(1, 9).Select(i => i * 1000.0)]);

        Assert.Contains(field, Assert.IsType<ValidationError>(result.Error).Fields.Keys);
    }
}

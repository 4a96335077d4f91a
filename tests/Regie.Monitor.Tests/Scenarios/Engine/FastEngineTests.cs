using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Population;
using Regie.TestKit.Scenarios;

namespace Regie.Monitor.Tests.Scenarios.Engine;

public sealed class FastEngineTests
{
    public static TheoryData<string> Scenarios() =>
    [
        "",
        "margin: wage-cut",
        "margin: mixed\nmixed_lambda: 0.5",
        "margin: hours\nhours_cut_share: 0.3",
        "incidence: junior-concentrated\ndisplacement_share: 0.3",
        "incidence: top-loaded\ndisplacement_share: 0.2",
        "incidence: uniform\ndisplacement_share: 0.4\nphase_in: [0.3, 0.6, 1.0]",
        "displacement_share: 0.3\nreemployment: { monthly_hazard: { \"25-34\": 0.1, \"45-54\": 0.05 }, wage_factor: 0.8 }\ntake_up: { ww: 0.7, toeslagenwet: 0.5, bijstand: 0.6 }",
    ];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_fast_engine_gives_the_reference_engines_income_for_every_household_to_the_cent(string extra)
    {
        var pop = PopulationBuilder.Random(400, seed: 11);
        var spec = EngineFixtures.Spec(extra);
        var fast = EngineFixtures.Context(pop, spec, new CompiledEngineLaw(EngineFixtures.Law.Compile()), seed: 3);
        var reference = new RunContext(pop, spec, new DecimalEngineLaw(EngineFixtures.Law), fast.Plan, seed: 3);

        var (standardised, _) = FastEngine.Run(fast, null, CancellationToken.None);

        for (var h = 0; h < pop.HouseholdCount; h++)
        {
            var (_, expected) = ReferenceEngine.Household(reference, h);
            for (var y = 0; y < spec.HorizonYears; y++)
                Assert.Equal(expected[y], standardised[(y * pop.HouseholdCount) + h]);
        }
    }

    [Fact]
    public void Without_a_shock_every_year_equals_the_baseline()
    {
        var pop = PopulationBuilder.Random(300, seed: 5);
        var spec = EngineFixtures.Spec("displacement_share: 0\nsurvivor_wage_growth: 0");
        var law = new CompiledEngineLaw(EngineFixtures.Law.Compile());

        var (scenario, _) = FastEngine.Run(EngineFixtures.Context(pop, spec, law, 1), null, CancellationToken.None);
        var (baseline, _) = FastEngine.Run(new RunContext(pop, spec with { HorizonYears = 1 }, law, null, 1), null, CancellationToken.None);

        for (var y = 0; y < spec.HorizonYears; y++)
            Assert.Equal(baseline, scenario.AsSpan(y * pop.HouseholdCount, pop.HouseholdCount).ToArray());
    }

    [Fact]
    public void Displaced_employees_are_counted_once_either_in_work_or_without_it()
    {
        var pop = PopulationBuilder.Random(500, seed: 8);
        var spec = EngineFixtures.Spec("displacement_share: 0.25\nsurvivor_wage_growth: 0");
        var law = new CompiledEngineLaw(EngineFixtures.Law.Compile());

        var (_, baseline) = FastEngine.Run(new RunContext(pop, spec with { HorizonYears = 1 }, law, null, 1), null, CancellationToken.None);
        var (_, scenario) = FastEngine.Run(EngineFixtures.Context(pop, spec, law, 1), null, CancellationToken.None);

        var last = scenario[^1];
        Assert.True(last.HitNotWorking > 0);
        Assert.Equal(baseline[0].EmployeesInWork, last.EmployeesInWork + last.HitNotWorking, 6);
    }

    [Fact]
    public void Results_do_not_depend_on_how_many_cores_run_them()
    {
        var pop = PopulationBuilder.Random(40_000, seed: 2);
        var spec = EngineFixtures.Spec("displacement_share: 0.2");
        var law = new CompiledEngineLaw(EngineFixtures.Law.Compile());
        var ctx = EngineFixtures.Context(pop, spec, law, 9);

        var (a, ta) = FastEngine.Run(ctx, null, CancellationToken.None);
        var (b, tb) = FastEngine.Run(ctx, null, CancellationToken.None);

        Assert.Equal(a, b);
        Assert.Equal(ta, tb);
    }

    [Fact]
    public void A_household_without_bijstand_members_never_gets_bijstand_in_the_baseline()
    {
        var pop = new PopulationBuilder()
            .Household(HouseholdType.OnePerson, 1, 0, new Member(40, HouseholdRole.Head, LabourStatus.Inactive))
            .Household(HouseholdType.OnePerson, 1, 0, new Member(40, HouseholdRole.Head, LabourStatus.Bijstand))
            .Build();
        var spec = EngineFixtures.Spec();
        var law = new CompiledEngineLaw(EngineFixtures.Law.Compile());

        var (std, totals) = FastEngine.Run(new RunContext(pop, spec with { HorizonYears = 1 }, law, null, 0), null, CancellationToken.None);

        Assert.Equal(0, std[0]);
        Assert.True(std[1] > 10_000, $"a single adult on bijstand has {std[1]} a year");
        Assert.Equal(1, totals[0].BijstandHouseholds, 9);
    }
}

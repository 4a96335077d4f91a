using Regie.Data.Scenarios;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Spec;
using Regie.Monitor.Scenarios.Statistics;
using Regie.TestKit.Population;
using Regie.TestKit.Scenarios;

namespace Regie.Data.Tests.Scenarios;

public sealed class SqlEngineTests
{
    private static readonly SyntheticPopulation Pop = PopulationBuilder.Random(600, seed: 17);

    public static TheoryData<string> Scenarios() =>
    [
        "",
        "displacement_share: 0.3",
        "margin: hours\nhours_cut_share: 0.3\ndisplacement_share: 0.3",
        "margin: mixed\nmixed_lambda: 0.5\ndisplacement_share: 0.3",
        "incidence: uniform\ndisplacement_share: 0.4\nphase_in: [0.3, 0.6, 1.0]",
        "displacement_share: 0.3\nreemployment: { monthly_hazard: { \"25-34\": 0.1, \"45-54\": 0.05 }, wage_factor: 0.8 }",
        "displacement_share: 0.3\ntake_up: { ww: 0.7, toeslagenwet: 0.5, bijstand: 0.6 }",
    ];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_sql_model_gives_the_fast_engines_income_for_every_household_and_year_to_the_cent(string extra)
    {
        var ctx = Context(Spec(extra), seed: 5);
        using var sql = SqlEngine.Open(Pop, ShippedLaw.AsOf());

        sql.RunPass(ctx, null);
        var incomes = sql.Incomes();
        var (standardised, _) = FastEngine.Run(ctx, null, CancellationToken.None);

        Assert.Equal(ctx.Years * Pop.HouseholdCount, incomes.Count);
        foreach (var income in incomes)
            Assert.Equal(standardised[(income.Year * Pop.HouseholdCount) + income.Household], income.Standardised);
    }

    [Fact]
    public void The_sql_model_gives_the_fast_engines_income_on_a_synthesised_population()
    {
        var pop = PopulationSynthesizer.Synthesize(SmallPopulationTargets.Create(), new SynthesisOptions(3_000, Seed: 4));
        var spec = Spec("displacement_share: 0.2\nreemployment: { monthly_hazard: { \"35-44\": 0.05 } }\ntake_up: { ww: 0.9, toeslagenwet: 0.8, bijstand: 0.7 }");
        var exposure = new OccupationExposure("ilo-2025", [.. pop.Codes.Occupations.Select((_, i) => (double?)(0.1 * (i + 1)))]);
        var ctx = new RunContext(pop, spec, new CompiledEngineLaw(ShippedLaw.AsOf().Compile()), ShockAllocator.Allocate(pop, spec, exposure, 6), 6);
        using var sql = SqlEngine.Open(pop, ShippedLaw.AsOf());

        sql.RunPass(ctx, null);
        var incomes = sql.Incomes();
        var (standardised, _) = FastEngine.Run(ctx, null, CancellationToken.None);

        Assert.Contains(Enumerable.Range(0, pop.PersonCount), p => pop.Status[p] == LabourStatus.UnemployedWw && pop.PriorWageCents[p] > 0);
        Assert.Equal(ctx.Years * pop.HouseholdCount, incomes.Count);
        foreach (var income in incomes)
            Assert.Equal(standardised[(income.Year * pop.HouseholdCount) + income.Household], income.Standardised);
    }

    [Fact]
    public void Batching_the_month_by_month_step_changes_no_income()
    {
        var ctx = Context(Spec("displacement_share: 0.3\nreemployment: { monthly_hazard: { \"25-34\": 0.1 } }"), seed: 3);
        using var whole = SqlEngine.Open(Pop, ShippedLaw.AsOf());
        using var batched = SqlEngine.Open(Pop, ShippedLaw.AsOf(), batchRows: 2_000);

        var (wholeYears, batchedYears) = (whole.RunPass(ctx, null), batched.RunPass(ctx, null));

        Assert.Equal(whole.Incomes(), batched.Incomes());
        Assert.Equal(wholeYears.Select(y => y.BijstandCents), batchedYears.Select(y => y.BijstandCents));
    }

    [Fact]
    public void The_sql_models_disposable_income_is_the_reference_engines_in_cents()
    {
        var ctx = Context(Spec("displacement_share: 0.3\ntake_up: { ww: 0.8, toeslagenwet: 0.7, bijstand: 0.9 }"), seed: 8);
        var reference = new RunContext(Pop, ctx.Spec, new DecimalEngineLaw(ShippedLaw.AsOf()), ctx.Plan, ctx.Seed);
        using var sql = SqlEngine.Open(Pop, ShippedLaw.AsOf());

        sql.RunPass(ctx, null);
        var incomes = sql.Incomes();

        foreach (var household in incomes.GroupBy(i => i.Household))
        {
            var (disposable, _) = ReferenceEngine.Household(reference, household.Key);
            Assert.Equal(disposable, household.OrderBy(i => i.Year).Select(i => i.DisposableCents));
        }
    }

    [Fact]
    public void The_sql_models_year_totals_and_statistics_are_the_fast_engines()
    {
        var ctx = Context(Spec("displacement_share: 0.3\nreemployment: { monthly_hazard: { \"35-44\": 0.08 } }"), seed: 2);
        using var sql = SqlEngine.Open(Pop, ShippedLaw.AsOf());
        var (standardised, totals) = FastEngine.Run(ctx, null, CancellationToken.None);
        var weight = Enumerable.Range(0, Pop.HouseholdCount).Select(h => Pop.Weight[h] * (Pop.FirstPerson[h + 1] - Pop.FirstPerson[h])).ToArray();

        var years = sql.RunPass(ctx, anchoredLine: 9_000);

        for (var y = 0; y < ctx.Years; y++)
        {
            var (sqlYear, t) = (years[y], totals[y]);
            var d = DistributionIndicators.Of(IncomeDistribution.Create(standardised.AsSpan(y * Pop.HouseholdCount, Pop.HouseholdCount), weight), 9_000);
            Close(t.EmployeesInWork, sqlYear.EmployeesInWork);
            Close(t.HitNotWorking, sqlYear.HitNotWorking);
            Close(t.WwRecipients, sqlYear.WwRecipients);
            Close(t.WwCents, sqlYear.WwCents);
            Close(t.TwRecipients, sqlYear.TwRecipients);
            Close(t.TwCents, sqlYear.TwCents);
            Close(t.BijstandHouseholds, sqlYear.BijstandHouseholds);
            Close(t.BijstandCents, sqlYear.BijstandCents);
            Close(t.TaxCents, sqlYear.TaxCents);
            Close(t.DisposableCents, sqlYear.DisposableCents);
            Close(d.Mean, sqlYear.Mean);
            Close(d.Median, sqlYear.Median);
            Close(d.Gini, sqlYear.Gini);
            Close(d.PovertyRate, sqlYear.PovertyRate);
            Close(d.PovertyRateAnchored, sqlYear.PovertyRateAnchored);
        }
    }

    [Fact]
    public void A_draw_anchors_the_scenarios_poverty_at_the_baselines_line()
    {
        var spec = Spec("displacement_share: 0.3\nsurvivor_wage_growth: 0");
        using var sql = SqlEngine.Open(Pop, ShippedLaw.AsOf());

        var draw = sql.RunDraw(spec, Exposure(), draw: 0);

        Assert.Equal(spec.HorizonYears, draw.Scenario.Count);
        Assert.Equal(draw.Baseline.PovertyRate, draw.Baseline.PovertyRateAnchored);
        Assert.True(draw.Scenario[^1].PovertyRateAnchored > draw.Baseline.PovertyRate, "job loss without re-employment raises anchored poverty");
        Assert.True(draw.Scenario[^1].BijstandCents > draw.Baseline.BijstandCents);
    }

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");

    private static ScenarioSpec Spec(string extra) =>
        ScenarioReader.Read($"id: test\nname: {{ en: test }}\nhorizon_years: 4\n{extra}").Value;

    private static OccupationExposure Exposure() => new("ilo-2025", [0.2, 0.5, null]);

    private static RunContext Context(ScenarioSpec spec, ulong seed) =>
        new(Pop, spec, new CompiledEngineLaw(ShippedLaw.AsOf().Compile()), ShockAllocator.Allocate(Pop, spec, Exposure(), seed), seed);
}

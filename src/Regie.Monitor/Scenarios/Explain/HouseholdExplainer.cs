using Regie.Core.Results;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Monitor.Scenarios.Explain;

/// <summary>
/// Explains one household of a run: replays it through the reference engine (decimal rules with legal
/// references) in the baseline and in draw <c>d</c> of the scenario, and says where it stands in the deciles.
/// </summary>
public static class HouseholdExplainer
{
    /// <summary>Explains household <paramref name="household"/> of the inputs' population under draw <paramref name="draw"/>.</summary>
    /// <param name="inputs">The run's inputs.</param>
    /// <param name="household">Household index.</param>
    /// <param name="draw">Which draw's shock to replay (0-based).</param>
    /// <param name="decileBounds">The baseline's decile upper bounds (from the run's result), to place the household; null leaves deciles out.</param>
    public static Result<HouseholdExplanation> Explain(ScenarioInputs inputs, int household, int draw = 0, IReadOnlyList<double>? decileBounds = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var pop = inputs.Population;
        if (household < 0 || household >= pop.HouseholdCount)
            return ValidationError.For("household", $"Choose a household from 0 to {pop.HouseholdCount - 1}.");
        if (draw < 0 || draw >= inputs.Spec.Draws)
            return ValidationError.For("draw", $"Choose a draw from 0 to {inputs.Spec.Draws - 1}.");
        var seed = RandomStreams.SeedOf(inputs.Spec.Seed, draw);
        var plan = ShockAllocator.Allocate(pop, inputs.Spec, inputs.Exposure, seed);
        return Replay(inputs, household, plan, seed, decileBounds);
    }

    internal static HouseholdExplanation Replay(ScenarioInputs inputs, int household, ShockPlan plan, ulong seed, IReadOnlyList<double>? decileBounds)
    {
        var pop = inputs.Population;
        var law = new DecimalEngineLaw(inputs.Law);
        var years = inputs.Spec.HorizonYears;
        var baselineSink = new TraceSink(pop, inputs.Law, law.AowAge, years);
        var scenarioSink = new TraceSink(pop, inputs.Law, law.AowAge, years);
        var (baseDisposable, baseStd) = ReferenceEngine.Household(new RunContext(pop, inputs.Spec, law, null, inputs.Spec.Seed), household, baselineSink);
        var (disposable, std) = ReferenceEngine.Household(new RunContext(pop, inputs.Spec, law, plan, seed), household, scenarioSink);

        var members = Enumerable.Range(pop.FirstPerson[household], pop.FirstPerson[household + 1] - pop.FirstPerson[household])
            .Select(p => new ExplainedMember(
                p,
                pop.Age[p],
                pop.Role[p].ToString(),
                pop.Status[p].ToString(),
                pop.Education[p].ToString(),
                pop.Occupation[p] >= 0 ? pop.Codes.Occupations[pop.Occupation[p]] : null,
                pop.WageCents[p] / 100m,
                pop.HoursPerWeek[p],
                pop.YearsBefore2016[p],
                pop.YearsSince2016[p]))
            .ToArray();
        var rows = Enumerable.Range(0, years)
            .Select(y => new ExplainedYear(inputs.Spec.StartYear + y, baseDisposable[y], disposable[y], baseStd[y], std[y], DecileOf(baseStd[y], decileBounds), DecileOf(std[y], decileBounds)))
            .ToArray();
        return new HouseholdExplanation(household, members, baselineSink.Steps, scenarioSink.Steps, rows);
    }

    /// <summary>Decile 1–10 of an income given the nine upper bounds of deciles 1–9 (an income on a bound belongs to the lower decile).</summary>
    internal static int? DecileOf(double income, IReadOnlyList<double>? bounds)
    {
        if (bounds is null || bounds.Count != 9)
            return null;
        var decile = 1;
        while (decile <= 9 && income > bounds[decile - 1])
            decile++;
        return decile;
    }
}

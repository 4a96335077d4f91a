using Regie.Core.Results;
using Regie.Monitor.Scenarios.Engine;

namespace Regie.Monitor.Scenarios.Explain;

/// <summary>
/// Finds a household worth explaining: the first (lowest index) whose baseline income lies in decile <c>d</c>
/// and of which a member is hit by the shock of a draw. Read-only; replays candidates through the reference engine.
/// </summary>
public static class HouseholdFinder
{
    /// <summary>The first household in baseline decile <paramref name="decile"/> with a member hit in draw <paramref name="draw"/>.</summary>
    /// <param name="inputs">The run's inputs.</param>
    /// <param name="draw">Which draw's shock (0-based).</param>
    /// <param name="decile">Baseline decile, 1–10.</param>
    /// <param name="decileBounds">The run's baseline decile bounds (<see cref="ScenarioResult.BaselineDecileBounds"/>).</param>
    /// <param name="maxCandidates">Hit households looked at before giving up.</param>
    public static Result<int> HitInDecile(ScenarioInputs inputs, int draw, int decile, IReadOnlyList<double> decileBounds, int maxCandidates = 5000)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(decileBounds);
        if (draw < 0 || draw >= inputs.Spec.Draws)
            return ValidationError.For("draw", $"Choose a draw from 0 to {inputs.Spec.Draws - 1}.");
        if (decile is < 1 or > 10)
            return ValidationError.For("decile", "Choose a decile from 1 to 10.");

        var pop = inputs.Population;
        var plan = ShockAllocator.Allocate(pop, inputs.Spec, inputs.Exposure, RandomStreams.SeedOf(inputs.Spec.Seed, draw));
        var baseline = new RunContext(pop, inputs.Spec with { HorizonYears = 1 }, new DecimalEngineLaw(inputs.Law), null, inputs.Spec.Seed);
        var looked = 0;
        for (var h = 0; h < pop.HouseholdCount && looked < maxCandidates; h++)
        {
            var hit = false;
            for (var p = pop.FirstPerson[h]; p < pop.FirstPerson[h + 1] && !hit; p++)
                hit = plan.HitMonth[p] != ShockPlan.NotHit;
            if (!hit)
                continue;
            looked++;
            var (_, standardised) = ReferenceEngine.Household(baseline, h);
            if (HouseholdExplainer.DecileOf(standardised[0], decileBounds) == decile)
                return h;
        }

        return new NoHitHousehold(decile, draw);
    }
}

/// <summary>No household of the decile is hit in the draw (or the margin hits nobody, as a pure wage cut does).</summary>
public sealed record NoHitHousehold(int Decile, int Draw)
    : NotFoundError($"No household in baseline decile {Decile} has a member hit in draw {Draw}; choose a household by number.");

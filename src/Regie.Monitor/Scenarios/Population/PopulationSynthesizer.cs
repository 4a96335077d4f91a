using Regie.Monitor.Scenarios.Population.Synthesis;

namespace Regie.Monitor.Scenarios.Population;

/// <summary>
/// Makes a synthetic Dutch population calibrated to the published marginals in <see cref="PopulationTargets"/>,
/// filling the gaps with the written-down <see cref="PopulationAssumptions"/>. Quotas are exact wherever the data
/// give a count; every random draw is a pure function of (seed, stream, record), so the same targets, seed and
/// size give byte-identical columns. Pure computation: no I/O, no clock.
/// </summary>
public static class PopulationSynthesizer
{
    /// <summary>Version of the method; part of <see cref="PopulationInfo.Version"/> and so of every manifest.</summary>
    public const string Version = "synth-1";

    private const int LargePopulation = 2_000_000;

    /// <summary>The number of household records a full-size synthesis makes from these targets.</summary>
    public static int FullSize(PopulationTargets targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return (int)Math.Round(HouseholdPlan.From(targets.Households).Households);
    }

    /// <summary>Synthesises a population; <paramref name="progress"/> receives the finished fraction (0–1) after each step.</summary>
    /// <exception cref="ArgumentException">The targets are inconsistent (<see cref="PopulationTargets.Validate"/>) or the options invalid.</exception>
    public static SyntheticPopulation Synthesize(PopulationTargets targets, SynthesisOptions options, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);
        if (targets.Validate() is { } problem)
        {
            throw new ArgumentException($"The population targets cannot be used: {problem}.", nameof(targets));
        }

        if (options.Validate() is { } invalid)
        {
            throw new ArgumentException(string.Join(" ", invalid.Fields.SelectMany(f => f.Value)), nameof(options));
        }

        var plan = HouseholdPlan.From(targets.Households);
        var households = options.Households ?? (int)Math.Round(plan.Households);
        var codes = new PopulationCodes([.. targets.Occupations.Select(o => o.Code)], [.. targets.Sectors.Sections]);
        var population = HouseholdStep.Build(plan, households, new Draws(options.Seed), codes);
        var context = new SynthesisContext(targets, plan, population, options.Seed, options.Threads);
        Action<SynthesisContext>[] steps =
        [
            ProvinceStep.Run, AgeStep.Run, SexStep.Run, EducationStep.Run, BijstandStep.Run, EmploymentStep.Run, WwStep.Run,
            SelfEmploymentStep.Run, HoursStep.Run, OccupationStep.Run, SectorStep.Run, PayStep.Run, WorkHistoryStep.Run, IncomeStep.Run,
        ];
        progress?.Report(1.0 / (steps.Length + 2));
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i](context);

            // At national scale each step leaves temporary arrays (sort keys, cell maps) of a few hundred MB;
            // collecting them now keeps the peak near the population's own size instead of letting them pile up on
            // the large-object heap. Small populations do not need it.
            if (population.PersonCount >= LargePopulation)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
            }
            progress?.Report((i + 2.0) / (steps.Length + 2));
        }

        var info = new PopulationInfo("synthetic", Version, options.Seed, households, targets.ContentHash, PopulationColumns.ContentHash(population));
        progress?.Report(1.0);
        return population.WithInfo(info);
    }
}

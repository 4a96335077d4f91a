using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Regie.Core.Results;
using Regie.Monitor.Scenarios.Spec;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// Runs a scenario: the static baseline once, then each Monte Carlo draw (allocation + monthly simulation) on
/// the same records, and turns the paired results into the figures of <see cref="ScenarioResult"/>.
/// </summary>
public sealed class ScenarioRunner(TimeProvider time)
{
    /// <summary>The engine's version, as it appears in every manifest.</summary>
    public static string EngineVersion { get; } =
        typeof(ScenarioRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    public Result<ScenarioResult> Run(ScenarioInputs inputs, IProgress<ScenarioProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Exposure.Scores.Count != inputs.Population.Codes.Occupations.Count)
            return ValidationError.For("exposure", "The exposure layer does not match the population's occupation list.");
        if (inputs.Population.HouseholdCount == 0)
            return ValidationError.For("population", "The population has no households.");

        var started = time.GetUtcNow();
        var startTicks = time.GetTimestamp();
        var spec = inputs.Spec;
        var pop = inputs.Population;
        var law = new CompiledEngineLaw(inputs.Law.Compile());
        var personWeight = PersonWeights(pop);
        var buffers = new DistributionBuffers();

        var baselineCtx = new RunContext(pop, spec with { HorizonYears = 1 }, law, null, spec.Seed);
        var (baseStd, baseTotals) = FastEngine.Run(baselineCtx, s => progress?.Report(new(0, spec.Draws, s)), cancellationToken);
        var baseDistribution = IncomeDistribution.Create(baseStd, personWeight, buffers);
        var anchoredLine = PovertyLines.RelativePovertyLine(baseDistribution);
        var baseIndicators = DistributionIndicators.Of(baseDistribution, anchoredLine).ToIndicators(baseTotals[0]);
        var baseAssignment = baseDistribution.Deciles();
        var baseDeciles = baseAssignment.DecileOfRecord;
        var bounds = baseAssignment.Rows.Take(9).Select(r => r.Max ?? double.NaN).ToArray();

        var draws = new DrawOutcome[spec.Draws];
        for (var d = 0; d < spec.Draws; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var seed = RandomStreams.SeedOf(spec.Seed, d);
            var plan = ShockAllocator.Allocate(pop, spec, inputs.Exposure, seed);
            var ctx = new RunContext(pop, spec, law, plan, seed);
            var draw = d;
            var (std, totals) = FastEngine.Run(ctx, s => progress?.Report(new(draw + 1, spec.Draws, s)), cancellationToken);
            draws[d] = DrawOutcome.Of(pop, plan, std, totals, baseStd, baseDeciles, personWeight, anchoredLine, buffers);
        }

        var seconds = time.GetElapsedTime(startTicks).TotalSeconds;
        return ResultAssembly.Assemble(inputs, baseIndicators, draws, bounds, Manifest(inputs, started, seconds));
    }

    private static double[] PersonWeights(Population.SyntheticPopulation pop)
    {
        var weight = new double[pop.HouseholdCount];
        for (var h = 0; h < weight.Length; h++)
            weight[h] = pop.Weight[h] * (pop.FirstPerson[h + 1] - pop.FirstPerson[h]);
        return weight;
    }

    private static RunManifest Manifest(ScenarioInputs inputs, DateTimeOffset started, double seconds)
    {
        var spec = inputs.Spec;
        var json = ScenarioWriter.ToJson(spec);
        var info = inputs.Population.Info;
        return new RunManifest(
            EngineVersion,
            inputs.Law.LawDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            inputs.Law.RuleBookHash,
            [.. inputs.Law.NonPrimary.Select(v => v.ToString())],
            info.Kind,
            info.Version,
            info.Seed,
            info.Households,
            inputs.Population.WeightedPersons(),
            info.ContentHash,
            info.TargetsHash,
            inputs.DataHash,
            inputs.Exposure.IndexId,
            "uniform (every employee not hit gets the same wage change; ILO 2025 has no complementarity measure)",
            spec.Id,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
            json,
            [.. Enumerable.Range(0, spec.Draws).Select(d => RandomStreams.SeedOf(spec.Seed, d))],
            "persons, weighted by household weight × household size; each person gets the household's standardised income",
            "60 % of the weighted median standardised income: relative (the scenario's own median) and anchored (the baseline's)",
            EngineAssumptions.All,
            started,
            seconds);
    }
}

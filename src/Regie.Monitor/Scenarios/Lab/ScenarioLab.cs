using Regie.Core.Exposure;
using Regie.Core.Reference;
using Regie.Core.Results;
using Regie.Monitor.Atlas;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Explain;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Rules;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Monitor.Scenarios.Lab;

/// <summary>
/// The scenario lab's use cases for the hosts: synthesise a population, prepare a run (law on the scenario's
/// date, exposure layer from the atlas), run it, explain a household. The web, the API and the CLI all call this.
/// </summary>
public sealed class ScenarioLab(
    IRuleBookSource rules,
    IPopulationTargetsSource targets,
    IExposureAtlas atlas,
    IReferenceDataSource reference,
    ScenarioRunner runner)
{
    /// <summary>A synthetic population of <paramref name="households"/> households (null = full size), seeded.</summary>
    public async Task<Result<SyntheticPopulation>> SynthesizeAsync(int? households, ulong seed, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var options = new SynthesisOptions(households, seed);
        if (options.Validate() is { } invalid)
            return invalid;
        var calibration = await targets.LoadAsync(cancellationToken).ConfigureAwait(false);
        return PopulationSynthesizer.Synthesize(calibration, options, progress);
    }

    /// <summary>Everything a run of <paramref name="spec"/> on <paramref name="population"/> needs.</summary>
    public async Task<Result<ScenarioInputs>> PrepareAsync(ScenarioSpec spec, SyntheticPopulation population, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(population);
        if (ExposureIndexInfo.All.All(i => i.Id != spec.ExposureIndex))
        {
            return ValidationError.For("exposure_index",
                $"Unknown index '{spec.ExposureIndex}'; choose one of: {string.Join(", ", ExposureIndexInfo.All.Select(i => i.Id))}.");
        }

        var book = await rules.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (!book.TryGetValue(out var ruleBook))
            return book.Error!;
        var law = ruleBook.AsOf(spec.LawDate);
        if (!law.TryGetValue(out var snapshot))
            return law.Error!;

        var occupations = await atlas.GetOccupationsAsync(new OccupationQuery(), cancellationToken).ConfigureAwait(false);
        var rows = occupations.Value.Occupations.ToDictionary(o => o.Code, StringComparer.Ordinal);
        var scores = population.Codes.Occupations
            .Select(code => rows.TryGetValue(code, out var row) ? row.Scores.GetValueOrDefault(spec.ExposureIndex) : null)
            .ToArray();
        var data = await reference.LoadAsync(cancellationToken).ConfigureAwait(false);
        return new ScenarioInputs(
            population,
            snapshot,
            spec,
            new OccupationExposure(spec.ExposureIndex, scores),
            data.Version.ContentHash,
            rows.ToDictionary(r => r.Key, r => r.Value.Title, StringComparer.Ordinal),
            data.Sections.ToDictionary(s => s.Code, s => s.LabelNl, StringComparer.Ordinal));
    }

    /// <summary>The population's baseline incomes and caseloads under the law of <paramref name="lawDate"/>, against CBS.</summary>
    public async Task<Result<IReadOnlyList<BaselineCheckRow>>> CheckBaselineAsync(SyntheticPopulation population, DateOnly lawDate, CancellationToken cancellationToken)
    {
        var book = await rules.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (!book.TryGetValue(out var ruleBook))
            return book.Error!;
        var law = ruleBook.AsOf(lawDate);
        if (!law.TryGetValue(out var snapshot))
            return law.Error!;
        var calibration = await targets.LoadAsync(cancellationToken).ConfigureAwait(false);
        return Result<IReadOnlyList<BaselineCheckRow>>.Success(BaselineCheck.Of(population, snapshot, calibration));
    }

    /// <summary>The path of a described household under a scenario and the law of its law date.</summary>
    public async Task<Result<HouseholdExplanation>> ExplainHypotheticalAsync(ScenarioSpec spec, HypotheticalHousehold household, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(household);
        var book = await rules.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (!book.TryGetValue(out var ruleBook))
            return book.Error!;
        var law = ruleBook.AsOf(spec.LawDate);
        return law.TryGetValue(out var snapshot) ? household.Explain(spec, snapshot) : law.Error!;
    }

    /// <summary>Runs a prepared scenario (CPU-bound; call it off the request thread for large populations).</summary>
    public Result<ScenarioResult> Run(ScenarioInputs inputs, IProgress<ScenarioProgress>? progress, CancellationToken cancellationToken) =>
        runner.Run(inputs, progress, cancellationToken);
}

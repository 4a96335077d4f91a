using Regie.Core.Results;
using Regie.Monitor.Scenarios.Lab;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Cli.Commands.Scenario;

/// <summary>The population a scenario command runs on: synthesised for the run (default) or a saved one.</summary>
internal sealed class PopulationChoice(ScenarioLab lab)
{
    /// <summary>Households synthesised when neither --households nor --population is given.</summary>
    public const int DefaultHouseholds = 100_000;

    public Task<Result<SyntheticPopulation>> GetAsync(ScenarioSettings settings, IProgress<double> progress, CancellationToken cancellationToken) =>
        lab.SynthesizeAsync(settings.Households ?? DefaultHouseholds, settings.PopulationSeed, progress, cancellationToken);
}

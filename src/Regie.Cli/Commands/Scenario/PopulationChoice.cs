using Microsoft.Extensions.Options;
using Regie.Core.Results;
using Regie.Data;
using Regie.Data.Population;
using Regie.Monitor.Scenarios.Lab;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Cli.Commands.Scenario;

/// <summary>The population a scenario command runs on: a saved one (--population NAME) or one synthesised for the run.</summary>
internal sealed class PopulationChoice(ScenarioLab lab, IOptions<DataOptions> options)
{
    /// <summary>Households synthesised when neither --households nor --population is given.</summary>
    public const int DefaultHouseholds = 100_000;

    public async Task<Result<SyntheticPopulation>> GetAsync(ScenarioSettings settings, IProgress<double> progress, CancellationToken cancellationToken)
    {
        if (settings.Population is not { } name)
            return await lab.SynthesizeAsync(settings.Households ?? DefaultHouseholds, settings.PopulationSeed, progress, cancellationToken);
        if (PopulationFile.ValidateName(name) is { } invalid)
            return invalid;
        var loaded = await PopulationFile.LoadAsync(PopulationFile.PathOf(options.Value, name), cancellationToken);
        progress.Report(1);
        return loaded;
    }
}

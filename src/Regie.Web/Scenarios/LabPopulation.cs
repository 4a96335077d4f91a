using Microsoft.Extensions.Options;
using Regie.Core.Results;
using Regie.Data;
using Regie.Data.Population;
using Regie.Monitor.Scenarios.Lab;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Web.Scenarios;

/// <summary>
/// The one population the web runs scenarios on: synthesised once for the configured size and seed, or loaded from
/// a saved <c>.rpop</c> file, then kept for the life of the process. A failure is not kept, so the next call retries.
/// </summary>
internal sealed class LabPopulation(ScenarioLab lab, IOptions<ScenarioLabOptions> options, IOptions<DataOptions> data)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SyntheticPopulation? _population;

    /// <summary>The population; the first call synthesises or loads it (seconds for 100 000 households).</summary>
    public async Task<Result<SyntheticPopulation>> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _population) is { } ready)
            return ready;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_population is not null)
                return _population;
            // Off the request thread: synthesis is CPU-bound and not cancellable; a caller that gives up leaves it
            // running so the next caller finds it done.
            var made = await Task.Run(() => MakeAsync(CancellationToken.None), CancellationToken.None).WaitAsync(cancellationToken);
            if (made.TryGetValue(out var population))
                Volatile.Write(ref _population, population);
            return made;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Result<SyntheticPopulation>> MakeAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.Population is not { Length: > 0 } name)
            return await lab.SynthesizeAsync(o.Households, o.PopulationSeed, null, cancellationToken);
        if (PopulationFile.ValidateName(name) is { } invalid)
            return invalid;
        return await PopulationFile.LoadAsync(PopulationFile.PathOf(data.Value, name), cancellationToken);
    }
}

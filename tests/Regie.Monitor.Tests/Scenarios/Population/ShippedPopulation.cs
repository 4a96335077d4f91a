using Microsoft.Extensions.DependencyInjection;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Population.Validation;
using Regie.TestKit;

namespace Regie.Monitor.Tests.Scenarios.Population;

/// <summary>A class fixture: the targets read from the real shipped data and a 20,000-household population made from them.</summary>
public sealed class ShippedPopulation : IAsyncLifetime
{
    public const int Households = 20_000;

    private readonly BuiltStore _store = new();

    public BuiltStore Store => _store;

    public PopulationTargets Targets { get; private set; } = null!; // Set in InitializeAsync.

    public SyntheticPopulation Population { get; private set; } = null!; // Set in InitializeAsync.

    public PopulationReport Report { get; private set; } = null!; // Set in InitializeAsync.

    public async ValueTask InitializeAsync()
    {
        await _store.InitializeAsync();
        Targets = await _store.Services.GetRequiredService<IPopulationTargetsSource>().LoadAsync(CancellationToken.None);
        Population = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(Households, 1));
        Report = PopulationValidation.Report(Population, Targets);
    }

    public ValueTask DisposeAsync() => _store.DisposeAsync();
}

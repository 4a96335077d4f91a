using Microsoft.Extensions.DependencyInjection;
using Regie.Data.Build;
using Regie.Monitor;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Lab;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Benchmarks.Scenario;

/// <summary>
/// What one scenario-engine benchmark case runs on, prepared as the CLI prepares a run (<see cref="ScenarioLab"/>):
/// the synthetic population of the shipped CBS targets at a given size (seed 1), the central preset
/// (data/scenarios/central.yaml), the law of its law date and the atlas's ILO 2025 exposure layer.
/// </summary>
internal sealed class ScenarioBenchInputs : IDisposable
{
    /// <summary>The population seed of every benchmark (the draw seed is the preset's).</summary>
    public const ulong PopulationSeed = 1;

    private readonly BenchmarkData _data;

    private ScenarioBenchInputs(BenchmarkData data, ScenarioInputs inputs)
    {
        _data = data;
        Inputs = inputs;
    }

    public ScenarioInputs Inputs { get; }

    public SyntheticPopulation Population => Inputs.Population;

    /// <summary>Inputs for <paramref name="households"/> household records (0 = the full Dutch count).</summary>
    public static ScenarioBenchInputs Create(int households)
    {
        var data = new BenchmarkData(services => services.AddRegieMonitor());
        data.Services.GetRequiredService<IDataBuilder>().BuildAsync(false, null, CancellationToken.None).GetAwaiter().GetResult();
        var lab = data.Services.GetRequiredService<ScenarioLab>();
        var spec = ScenarioReader.Read(File.ReadAllText(Path.Combine(data.DataFolder, "scenarios", "central.yaml")), "central.yaml").Value;
        var population = lab.SynthesizeAsync(households == 0 ? null : households, PopulationSeed, null, CancellationToken.None).GetAwaiter().GetResult().Value;
        var inputs = lab.PrepareAsync(spec, population, CancellationToken.None).GetAwaiter().GetResult().Value;
        return new ScenarioBenchInputs(data, inputs);
    }

    public void Dispose() => _data.Dispose();
}

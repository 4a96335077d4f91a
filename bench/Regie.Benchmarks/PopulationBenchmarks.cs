using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Regie.Data.Build;
using Regie.Data.Population;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Population.Validation;

namespace Regie.Benchmarks;

/// <summary>
/// `regie population synth`: synthesising 100,000 households and the full Dutch size (about 8.4 million households,
/// 17.65 million persons) from the shipped targets, writing and reading the .rpop file, and the validation report.
/// Peak memory of a full-size CLI run is measured separately (/usr/bin/time -v; docs/benchmarks/PopulationBenchmarks.md).
/// </summary>
[MemoryDiagnoser]
public class PopulationBenchmarks
{
    private BenchmarkData _data = null!; // Set in GlobalSetup.
    private PopulationTargets _targets = null!; // Set in GlobalSetup.
    private SyntheticPopulation _population = null!; // Set in GlobalSetup.
    private string _file = "";

    /// <summary>Household records; 0 = the full Dutch count.</summary>
    [Params(100_000, 0)]
    public int Households { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        _data = new BenchmarkData();
        _data.Services.GetRequiredService<IDataBuilder>().BuildAsync(false, null, CancellationToken.None).GetAwaiter().GetResult();
        _targets = _data.Services.GetRequiredService<IPopulationTargetsSource>().LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
        _population = Synthesize();
        _file = Path.Combine(_data.Home, "bench.rpop");
        PopulationFile.SaveAsync(_population, _file, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void GlobalCleanup() => _data.Dispose();

    [Benchmark(Baseline = true, Description = "Synthesise")]
    public SyntheticPopulation Synthesize() =>
        PopulationSynthesizer.Synthesize(_targets, new SynthesisOptions(Households == 0 ? null : Households, 1));

    [Benchmark(Description = "Write .rpop")]
    public Task<PopulationInfo> Write() => PopulationFile.SaveAsync(_population, Path.Combine(_data.Home, "write.rpop"), CancellationToken.None);

    [Benchmark(Description = "Read .rpop (with hash check)")]
    public async Task<SyntheticPopulation> Read() => (await PopulationFile.LoadAsync(_file, CancellationToken.None)).Value;

    [Benchmark(Description = "Validation report")]
    public PopulationReport Report() => PopulationValidation.Report(_population, _targets);
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Regie.Benchmarks.Scenario;
using Regie.Data.Scenarios;
using Regie.Monitor.Scenarios.Engine;

namespace Regie.Benchmarks;

/// <summary>
/// One draw of the central scenario (7 % job loss, +2.6 % wages, ten years by month) by Regie's engine, as the CLI
/// and the web run it (<see cref="ScenarioRunner"/>: static baseline, allocation, scenario, statistics and result
/// assembly), against the same model written as DuckDB SQL (<see cref="SqlEngine"/>: baseline and scenario passes,
/// the allocation in C#, statistics), at four population sizes: 100 k households, 1 M persons, 4 M persons and
/// the full Netherlands (8.2 M households, 17.9 M persons). The SQL row is the baseline, so Ratio is Regie's time
/// as a share of SQL's. Populations are <see cref="BenchPopulation"/>s; DuckDB holds its copy of the population
/// before the clock starts (as Regie holds its columns in memory). The memory diagnoser sees managed allocations
/// only, not DuckDB's native memory: <c>scenario-peak</c> reports the peak working set of either engine.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ScenarioEngineBenchmarks
{
    private ScenarioBenchInputs _inputs = null!; // Set in GlobalSetup.
    private ScenarioRunner _runner = null!; // Set in GlobalSetup.
    private SqlEngine? _sql;

    /// <summary>Households: 100 k, about 1 M persons, about 4 M persons, and the full population.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Households { get; set; }

    /// <summary>The sizes to run; REGIE_BENCH_HOUSEHOLDS=100000,457500 runs only those (a quick check before the long run).</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("REGIE_BENCH_HOUSEHOLDS") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : [100_000, 457_500, 1_830_000, 8_200_000];

    [GlobalSetup(Target = nameof(Regie))]
    public void SetUpRegie()
    {
        _inputs = ScenarioBenchInputs.Create(Households);
        _runner = new ScenarioRunner(TimeProvider.System);
    }

    [GlobalSetup(Target = nameof(Sql))]
    public void SetUpSql()
    {
        _inputs = ScenarioBenchInputs.Create(Households);
        _sql = SqlEngine.Open(_inputs.Population, _inputs.Inputs.Law);
    }

    [GlobalCleanup]
    public void CleanUp() => _sql?.Dispose();

    [Benchmark(Description = "Regie engine, one draw")]
    public ScenarioResult Regie() => _runner.Run(_inputs.Inputs, null, CancellationToken.None).Value;

    [Benchmark(Baseline = true, Description = "DuckDB SQL model, one draw")]
    public double Sql() => _sql!.RunDraw(_inputs.Inputs.Spec, _inputs.Inputs.Exposure, 0).Scenario[^1].Gini; // Set in SetUpSql.
}

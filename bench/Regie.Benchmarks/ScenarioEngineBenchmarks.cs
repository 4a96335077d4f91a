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
/// the allocation in C#, statistics), on the synthetic population of the shipped CBS targets at four sizes: 100 k
/// households, about 1 M persons, about 4 M persons and the full Dutch count (about 8.4 M households, 17.65 M
/// persons). The SQL row is the baseline, so Ratio is Regie's time as a share of SQL's. DuckDB holds its copy of the
/// population before the clock starts (as Regie holds its columns in memory). The memory diagnoser sees managed
/// allocations only, not DuckDB's native memory: <c>scenario-peak</c> reports the peak working set of either engine.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ScenarioEngineBenchmarks
{
    private ScenarioBenchInputs? _inputs;
    private ScenarioRunner _runner = null!; // Set in GlobalSetup.
    private SqlEngine? _sql;

    /// <summary>Household records: 100 k, about 1 M persons, about 4 M persons, and 0 = the full Dutch count.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Households { get; set; }

    /// <summary>The sizes to run; REGIE_BENCH_HOUSEHOLDS=100000,457500 runs only those (a quick check before the long run).</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("REGIE_BENCH_HOUSEHOLDS") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : [100_000, 476_000, 1_904_000, 0];

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
    public void CleanUp()
    {
        _sql?.Dispose();
        _inputs?.Dispose();
    }

    [Benchmark(Description = "Regie engine, one draw")]
    public ScenarioResult Regie() => _runner.Run(_inputs!.Inputs, null, CancellationToken.None).Value; // Set in SetUpRegie.

    [Benchmark(Baseline = true, Description = "DuckDB SQL model, one draw")]
    public double Sql() => _sql!.RunDraw(_inputs!.Inputs.Spec, _inputs.Inputs.Exposure, 0).Scenario[^1].Gini; // Both set in SetUpSql.
}

using System.Diagnostics;
using System.Globalization;
using Regie.Data.Scenarios;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Benchmarks.Scenario;

/// <summary>
/// <c>scenario-phases HOUSEHOLDS [repeats]</c>: the steps of one draw as <see cref="ScenarioRunner"/> takes them,
/// each timed (wall and process CPU), to see where the time goes before optimising.
/// </summary>
internal static class ScenarioPhases
{
    public static int Run(string[] args)
    {
        var households = int.Parse(args[1], CultureInfo.InvariantCulture);
        var repeats = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2;
        using var bench = ScenarioBenchInputs.Create(households);
        if (args.Length > 3 && args[3] == "sql")
            return Sql(bench, repeats);
        var inputs = bench.Inputs;
        var pop = inputs.Population;
        var spec = inputs.Spec;
        for (var r = 0; r < repeats; r++)
        {
            var total = Stopwatch.StartNew();
            var law = Step("compile law", () => new CompiledEngineLaw(inputs.Law.Compile()));
            var weight = Step("person weights", () =>
            {
                var w = new double[pop.HouseholdCount];
                for (var h = 0; h < w.Length; h++)
                    w[h] = pop.Weight[h] * (pop.FirstPerson[h + 1] - pop.FirstPerson[h]);
                return w;
            });
            var buffers = new DistributionBuffers();
            var baseCtx = new RunContext(pop, spec with { HorizonYears = 1 }, law, null, spec.Seed);
            var (baseStd, baseTotals) = Step("baseline pass (1 year)", () => FastEngine.Run(baseCtx, null, CancellationToken.None));
            var baseDist = Step("baseline distribution", () => IncomeDistribution.Create(baseStd, weight, buffers));
            var line = PovertyLines.RelativePovertyLine(baseDist);
            Step("baseline indicators + deciles", () => DistributionIndicators.Of(baseDist, line).ToIndicators(baseTotals[0]));
            var deciles = baseDist.Deciles().DecileOfRecord;
            var seed = RandomStreams.SeedOf(spec.Seed, 0);
            var plan = Step("allocation", () => ShockAllocator.Allocate(pop, spec, inputs.Exposure, seed));
            var ctx = new RunContext(pop, spec, law, plan, seed);
            var (std, totals) = Step("scenario pass (10 years)", () => FastEngine.Run(ctx, null, CancellationToken.None));
            Step("draw outcome (statistics)", () => DrawOutcome.Of(pop, plan, std, totals, baseStd, deciles, weight, line, buffers));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {total.Elapsed.TotalSeconds:F2} s; load {File.ReadAllText("/proc/loadavg").Trim()}"));
        }

        return 0;
    }

    // The SQL model's steps, each timed (wall and process CPU): loading, the allocation, then every step of both passes.
    private static int Sql(ScenarioBenchInputs bench, int repeats)
    {
        var inputs = bench.Inputs;
        var spec = inputs.Spec;
        var law = new CompiledEngineLaw(inputs.Law.Compile());
        using var sql = Step("open DuckDB, load population and law", () => SqlEngine.Open(bench.Population, inputs.Law));
        for (var r = 0; r < repeats; r++)
        {
            var seed = RandomStreams.SeedOf(spec.Seed, 0);
            var plan = Step("allocation", () => ShockAllocator.Allocate(bench.Population, spec, inputs.Exposure, seed));
            foreach (var ctx in new[] { new RunContext(bench.Population, spec with { HorizonYears = 1 }, law, null, spec.Seed), new RunContext(bench.Population, spec, law, plan, seed) })
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pass of {ctx.Years} year(s):"));
                using var process = Process.GetCurrentProcess();
                var (wall, cpu) = (Stopwatch.StartNew(), process.TotalProcessorTime);
                sql.RunPass(ctx, null, step =>
                {
                    process.Refresh();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {step,-30} {wall.Elapsed.TotalSeconds,7:F3} s wall {(process.TotalProcessorTime - cpu).TotalSeconds,7:F3} s cpu"));
                    (wall, cpu) = (Stopwatch.StartNew(), process.TotalProcessorTime);
                });
            }
        }

        return 0;
    }

    private static T Step<T>(string name, Func<T> step)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = step();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-32} {wall.Elapsed.TotalSeconds,7:F3} s wall {(process.TotalProcessorTime - cpu).TotalSeconds,7:F3} s cpu"));
        return result;
    }
}

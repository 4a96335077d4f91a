using System.Diagnostics;
using System.Globalization;
using Regie.Data.Scenarios;
using Regie.Monitor.Scenarios.Engine;

namespace Regie.Benchmarks.Scenario;

/// <summary>
/// <c>scenario-peak HOUSEHOLDS [regie|sql]</c> (0 = full size): synthesises the population, runs one draw once and prints the wall
/// time of the draw and the process's peak working set (what BenchmarkDotNet's memory diagnoser cannot show:
/// native memory such as DuckDB's, and the population itself). Run one engine per process so the peaks do not mix.
/// </summary>
internal static class ScenarioPeak
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var households) || households < 0)
        {
            Console.Error.WriteLine("usage: scenario-peak HOUSEHOLDS [regie|sql]   (HOUSEHOLDS 0 = the full Dutch count)");
            return 2;
        }

        var engine = args.Length > 2 ? args[2] : "regie";
        var clock = Stopwatch.StartNew();
        using var inputs = ScenarioBenchInputs.Create(households);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"population: {inputs.Population.HouseholdCount:N0} households, {inputs.Population.PersonCount:N0} persons, built in {clock.Elapsed.TotalSeconds:F1} s"));
        var before = PeakBytes();
        GC.Collect();
        ResetPeak();
        clock.Restart();
        switch (engine)
        {
            case "regie":
                var result = new ScenarioRunner(TimeProvider.System).Run(inputs.Inputs, null, CancellationToken.None).Value;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"last year Gini {result.Years[^1].Scenario.Gini:F5}"));
                break;
            case "sql":
                using (var sql = SqlEngine.Open(inputs.Population, inputs.Inputs.Law))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"population and law loaded into DuckDB in {clock.Elapsed.TotalSeconds:F1} s"));
                    clock.Restart();
                    var draw = sql.RunDraw(inputs.Inputs.Spec, inputs.Inputs.Exposure, 0);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"last year Gini {draw.Scenario[^1].Gini:F5}"));
                }

                break;
            default:
                Console.Error.WriteLine($"unknown engine '{engine}'");
                return 2;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{engine}: one draw in {clock.Elapsed.TotalSeconds:F2} s; peak working set {PeakBytes() / 1e9:F2} GB (peak while synthesising: {before / 1e9:F2} GB); load {File.ReadAllText("/proc/loadavg").Trim()}"));
        return 0;
    }

    // Linux: writing 5 to clear_refs resets the peak resident set (VmHWM, which PeakWorkingSet64 reads) to the current
    // one, so the peak reported after the draw is the engine's and not the synthesis's.
    private static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            Console.WriteLine("(could not reset the peak working set; it includes the synthesis)");
        }
        catch (UnauthorizedAccessException)
        {
            Console.WriteLine("(could not reset the peak working set; it includes the synthesis)");
        }
    }

    private static long PeakBytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }
}

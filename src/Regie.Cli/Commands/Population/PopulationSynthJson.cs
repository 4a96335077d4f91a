using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Population.Validation;

namespace Regie.Cli.Commands.Population;

/// <summary>What <c>regie population synth --json</c> writes: the file, the provenance and the rows outside tolerance.</summary>
internal sealed record PopulationSynthJson(
    string Name,
    string Path,
    PopulationInfo Info,
    double Households,
    double Persons,
    double ElapsedSeconds,
    int Marginals,
    int Failed,
    IReadOnlyList<ValidationRow> FailedRows,
    int Assumptions)
{
    public static PopulationSynthJson From(string name, string path, TimeSpan elapsed, PopulationReport report) => new(
        name, path, report.Info, report.Households, report.Persons, Math.Round(elapsed.TotalSeconds, 3),
        report.Rows.Count, report.Failed, [.. report.Rows.Where(r => !r.Ok)], report.Assumptions.Count);
}

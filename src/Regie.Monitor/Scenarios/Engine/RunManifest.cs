namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// What a result was computed from, on every table, chart and export (microsimulation note §6): engine build,
/// the law's date and hash and the values in it that are not from a primary source, the population and the
/// data it was calibrated to, the exposure index, the scenario text and its hash, the seeds, and the run time.
/// </summary>
public sealed record RunManifest(
    string EngineVersion,
    string LawDate,
    string RuleBookHash,
    IReadOnlyList<string> NonPrimaryValues,
    string PopulationKind,
    string PopulationVersion,
    ulong PopulationSeed,
    int PopulationHouseholds,
    double PopulationPersons,
    string PopulationHash,
    string TargetsHash,
    string DataHash,
    string ExposureIndex,
    string Complementarity,
    string ScenarioId,
    string ScenarioHash,
    string ScenarioJson,
    IReadOnlyList<ulong> Seeds,
    string RankingUnit,
    string PovertyLine,
    IReadOnlyList<string> Assumptions,
    DateTimeOffset StartedAt,
    double Seconds);

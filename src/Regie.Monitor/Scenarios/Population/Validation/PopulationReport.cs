namespace Regie.Monitor.Scenarios.Population.Validation;

/// <summary>The validation report of a synthetic population: every calibrated marginal and every assumption.</summary>
/// <param name="Info">The population's provenance (seed, size, version, hashes).</param>
/// <param name="TargetsHash">Hash of the targets the report compares against.</param>
/// <param name="Households">Weighted households.</param>
/// <param name="Persons">Weighted persons.</param>
/// <param name="Rows">Every calibrated marginal.</param>
/// <param name="Assumptions">Every assumption the synthesis made.</param>
public sealed record PopulationReport(
    PopulationInfo Info,
    string TargetsHash,
    double Households,
    double Persons,
    IReadOnlyList<ValidationRow> Rows,
    IReadOnlyList<PopulationAssumption> Assumptions)
{
    /// <summary>True when the population was made from the same targets as the report's (else figures may have moved).</summary>
    public bool SameTargets => Info.TargetsHash == TargetsHash;

    /// <summary>Rows outside their tolerance.</summary>
    public int Failed => Rows.Count(r => !r.Ok);
}

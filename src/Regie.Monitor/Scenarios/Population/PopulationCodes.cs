namespace Regie.Monitor.Scenarios.Population;

/// <summary>The code lists a population's index columns point into, in a fixed order.</summary>
/// <param name="Occupations">BRC 2014 occupation-group codes (4 digits), index = <c>Occupation</c> column value.</param>
/// <param name="Sectors">NACE Rev. 2 section letters, index = <c>Sector</c> column value.</param>
public sealed record PopulationCodes(IReadOnlyList<string> Occupations, IReadOnlyList<string> Sectors)
{
    public static PopulationCodes Empty { get; } = new([], []);
}

/// <summary>How a population was made; goes into every run manifest.</summary>
/// <param name="Kind">"synthetic" or "microdata".</param>
/// <param name="Version">Version of the synthesiser (or microdata schema) that made it.</param>
/// <param name="Seed">Seed of the synthesis (0 for microdata).</param>
/// <param name="Households">Number of household records.</param>
/// <param name="TargetsHash">Content hash of the marginals it was calibrated to.</param>
/// <param name="ContentHash">Hash of the population's columns (set when saved or loaded).</param>
public sealed record PopulationInfo(string Kind, string Version, ulong Seed, int Households, string TargetsHash, string ContentHash)
{
    public static PopulationInfo Unknown { get; } = new("unknown", "", 0, 0, "", "");
}

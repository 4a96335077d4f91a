namespace Regie.Monitor.Scenarios.Population;

/// <summary>
/// Employed persons by NACE Rev. 2 section × ISCO-08 major group (Eurostat lfsa_eisn2), the latest year. Suppressed
/// cells are left out (never read as 0).
/// </summary>
/// <param name="Sections">NACE section letters in code order; a person's Sector column indexes this list.</param>
/// <param name="Cells">Published cells, thousands of persons.</param>
/// <param name="SourceId">Source id in data/sources.json.</param>
/// <param name="Table">Eurostat dataset code.</param>
/// <param name="Period">The year.</param>
public sealed record SectorTargets(IReadOnlyList<string> Sections, IReadOnlyList<SectorCell> Cells, string SourceId, string Table, string Period);

/// <summary>Thousands of employed persons in one NACE section × ISCO major group cell.</summary>
public sealed record SectorCell(string Section, int MajorGroup, double Thousands);

using Regie.Core.Exposure;
using Regie.Core.Reference;

namespace Regie.Data.Readers.UsIndices;

/// <summary>The US exposure indices brought to ISCO-08 unit groups, with what the crosswalks reached.</summary>
/// <param name="Scores">One score per index and unit group, sorted by index, then ISCO code.</param>
/// <param name="Coverage">One entry per index, in index order.</param>
/// <param name="UnmatchedAnthropicTasks">
/// Distinct Anthropic Economic Index task texts that match no O*NET 29.1 task statement (after lower-casing and
/// whitespace normalisation); they cannot count towards any occupation.
/// </param>
internal sealed record UsIndexResult(
    IReadOnlyList<IndexScore> Scores,
    IReadOnlyList<CrosswalkCoverage> Coverage,
    int UnmatchedAnthropicTasks);

/// <summary>How far the crosswalk route carried one index.</summary>
/// <param name="Index">The index.</param>
/// <param name="SourceOccupations">Occupations with a score in the index's native classification.</param>
/// <param name="SourceOccupationsLinked">Of those, the ones linked to at least one ISCO-08 unit group.</param>
/// <param name="IscoUnitGroupsReached">ISCO-08 unit groups that received a score.</param>
internal sealed record CrosswalkCoverage(
    ExposureIndex Index,
    int SourceOccupations,
    int SourceOccupationsLinked,
    int IscoUnitGroupsReached);

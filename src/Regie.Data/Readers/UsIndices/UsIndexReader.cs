using Regie.Core.Exposure;
using Regie.Core.Reference;
using Regie.Data.Files;

namespace Regie.Data.Readers.UsIndices;

// Interim: replaced by the crosswalk readers on branch `indices` before this lands on main.
internal static class UsIndexReader
{
    public static UsIndexResult Read(ShippedData data) => new([], [], 0);
}

internal sealed record UsIndexResult(IReadOnlyList<IndexScore> Scores, IReadOnlyList<CrosswalkCoverage> Coverage, int UnmatchedAnthropicTasks);

internal sealed record CrosswalkCoverage(ExposureIndex Index, int SourceOccupations, int SourceOccupationsLinked, int IscoUnitGroupsReached);

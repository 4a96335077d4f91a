using Regie.Core.Results;

namespace Regie.Monitor.Atlas;

/// <summary>No BRC 2014 occupation group has this code.</summary>
public sealed record OccupationNotFound(string Code)
    : NotFoundError($"No BRC 2014 occupation group has code '{Code}'.");

/// <summary>The sector matrix has no data for this year.</summary>
public sealed record SectorYearNotFound(int Year, IReadOnlyList<int> Available)
    : NotFoundError($"No sector × occupation data for {Year}. Available years: {string.Join(", ", Available)}.");

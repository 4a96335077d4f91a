using Regie.Workplace.JobProfiles;

namespace Regie.Workplace.JobProfiles.Catalog;

/// <summary>One searchable title (a unit group title, an ESCO label or a code) and the occupation it leads to.</summary>
/// <param name="Key">The title folded by <see cref="SearchKey.Fold"/>.</param>
/// <param name="Match">What the search returns when the key matches.</param>
internal sealed record SearchEntry(string Key, OccupationMatch Match);

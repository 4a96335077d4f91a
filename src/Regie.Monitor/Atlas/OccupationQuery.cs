using Regie.Core.Exposure;
using Regie.Core.Results;

namespace Regie.Monitor.Atlas;

/// <summary>Filter, search and sort of the occupation list. All fields optional.</summary>
/// <param name="Search">Case- and accent-insensitive text in the BRC title, segment, code, or a unit group's title.</param>
/// <param name="ClassId">Only groups whose dominant ILO 2025 class is this id (e.g. "gradient-4").</param>
/// <param name="BrcClass">Only groups in this BRC class (2-digit code, e.g. "08").</param>
/// <param name="Sort">One of <see cref="SortKeys"/>; default "exposure".</param>
/// <param name="Descending">Sort direction; default descending.</param>
/// <param name="IndexId">Index used for the "exposure" sort key; default ILO 2025.</param>
public sealed record OccupationQuery(
    string? Search = null,
    string? ClassId = null,
    string? BrcClass = null,
    string? Sort = null,
    bool Descending = true,
    string? IndexId = null)
{
    /// <summary>Accepted sort keys.</summary>
    public static IReadOnlyList<string> SortKeys { get; } =
        ["exposure", "code", "title", "employed", "change", "women", "higher-education", "pay"];

    /// <summary>Checks the parameters and resolves the index.</summary>
    public Result<ExposureIndexInfo> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (Sort is not null && !SortKeys.Contains(Sort, StringComparer.OrdinalIgnoreCase))
        {
            errors["sort"] = [$"Unknown sort key '{Sort}'. Use one of: {string.Join(", ", SortKeys)}."];
        }

        if (ClassId is not null && !IloClassLabels.All2025.Any(c => string.Equals(c.Id(), ClassId, StringComparison.OrdinalIgnoreCase)))
        {
            errors["class"] = [$"Unknown ILO 2025 class '{ClassId}'. Use one of: {string.Join(", ", IloClassLabels.All2025.Select(c => c.Id()))}."];
        }

        if (BrcClass is not null && (BrcClass.Length != 2 || !BrcClass.All(char.IsAsciiDigit)))
        {
            errors["brcClass"] = [$"'{BrcClass}' is not a BRC 2014 class code (two digits, e.g. 08)."];
        }

        ExposureIndexInfo index = ExposureIndexInfo.Of(ExposureIndex.Ilo2025);
        if (IndexId is not null && !ExposureIndexInfo.TryFind(IndexId, out index))
        {
            errors["index"] = [$"Unknown index '{IndexId}'. Use one of: {string.Join(", ", ExposureIndexInfo.All.Select(i => i.Id))}."];
        }

        return errors.Count > 0 ? new ValidationError(errors) : index;
    }
}

using Microsoft.Extensions.Localization;
using Regie.Core.Exposure;

namespace Regie.Web.Localization;

/// <summary>Interface names of atlas ids: ILO classes (translated; ILO's own label in English) and indices.</summary>
internal static class AtlasLabels
{
    /// <summary>The class label in the UI language; falls back to the source's label.</summary>
    public static string ClassLabel(this IStringLocalizer localizer, string? classId, string? sourceLabel = null)
    {
        if (classId is null)
        {
            return sourceLabel ?? string.Empty;
        }

        var text = localizer[$"Class_{classId}"];
        return text.ResourceNotFound ? sourceLabel ?? classId : text.Value;
    }

    /// <summary>The index's short name (names are proper names and stay as the sources write them).</summary>
    public static string IndexName(string indexId) =>
        ExposureIndexInfo.TryFind(indexId, out var info) ? info.Name : indexId;
}

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

        var text = localizer[$"Class_{ClassId(classId)}"];
        return text.ResourceNotFound ? sourceLabel ?? classId : text.Value;
    }

    /// <summary>The stable id of a class given as id ("gradient-4") or as the ILO's label ("Exposed: Gradient 4").</summary>
    private static string ClassId(string idOrLabel) =>
        IloClassLabels.TryParse2025(idOrLabel, out var c2025) ? c2025.Id()
        : IloClassLabels.TryParse2023(idOrLabel, out var c2023) ? c2023.Id()
        : idOrLabel;

    /// <summary>A population group's label (pay band, sex, education) in the UI language; falls back to the atlas's label.</summary>
    public static string GroupLabel(this IStringLocalizer localizer, string groupId, string sourceLabel)
    {
        var text = localizer[$"Group_{groupId}"];
        return text.ResourceNotFound ? sourceLabel : text.Value;
    }

    /// <summary>The index's short name (names are proper names and stay as the sources write them).</summary>
    public static string IndexName(string indexId) =>
        ExposureIndexInfo.TryFind(indexId, out var info) ? info.Name : indexId;
}

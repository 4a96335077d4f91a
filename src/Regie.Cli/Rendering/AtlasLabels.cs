using Regie.Cli.Localization;
using Regie.Core.Exposure;
using Regie.Monitor.Atlas;

namespace Regie.Cli.Rendering;

/// <summary>Labels of atlas data in the chosen language, falling back to the source's own (English) label.</summary>
internal static class AtlasLabels
{
    /// <summary>An ILO class, e.g. "gradient-4" → "Blootgesteld: gradiënt 4".</summary>
    public static string ClassLabel(this Texts texts, string classId, string sourceLabel) =>
        texts.Find("Class." + classId) ?? sourceLabel;

    public static string ClassLabel(this Texts texts, ClassShare share) => texts.ClassLabel(share.ClassId, share.Label);

    /// <summary>An index by id, e.g. "ilo-2025" → "ILO 2025".</summary>
    public static string IndexName(string indexId) =>
        ExposureIndexInfo.TryFind(indexId, out var info) ? info.Name : indexId;

    /// <summary>Share of a class list in the four ILO 2025 exposure gradients together.</summary>
    public static double? ExposedShare(IReadOnlyList<ClassShare> classes) =>
        classes.Count == 0 ? null : classes.Where(c => c.ClassId.StartsWith("gradient-", StringComparison.Ordinal)).Sum(c => c.Share);
}

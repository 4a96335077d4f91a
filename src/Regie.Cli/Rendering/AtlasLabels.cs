using System.Globalization;
using System.Text.RegularExpressions;
using Regie.Cli.Localization;
using Regie.Core.Exposure;
using Regie.Monitor.Atlas;

namespace Regie.Cli.Rendering;

/// <summary>Labels of atlas data in the chosen language, falling back to the source's own (English) label.</summary>
internal static partial class AtlasLabels
{
    /// <summary>An ILO class, e.g. "gradient-4" → "Blootgesteld: gradiënt 4".</summary>
    public static string ClassLabel(this Texts texts, string classId, string sourceLabel) =>
        texts.Find("Class." + classId) ?? sourceLabel;

    public static string ClassLabel(this Texts texts, ClassShare share) => texts.ClassLabel(share.ClassId, share.Label);

    /// <summary>A class in a narrow table cell, e.g. "gradient-4" → "gradiënt 4"; null (no score) → n.b.</summary>
    public static string ShortClassLabel(this Texts texts, string? classId) =>
        classId is null ? texts.Missing : texts.Find("ClassShort." + classId) ?? classId;

    /// <summary>A population group by id; pay bands carry their range in the label ("Pay band 1: €11.20–€21.30 per hour").</summary>
    public static string GroupLabel(this Texts texts, GroupExposure group)
    {
        if (texts.Find("Group." + group.GroupId) is { } fixedLabel)
        {
            return fixedLabel;
        }

        var band = PayBand().Match(group.Label);
        return band.Success
            ? texts.Format("Group.PayBand", band.Groups[1].Value, texts.Number(Parse(band.Groups[2].Value), 2), texts.Number(Parse(band.Groups[3].Value), 2))
            : group.Label;
    }

    private static double Parse(string invariant) => double.Parse(invariant, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Pay band (\d+): €([0-9.]+)–€([0-9.]+) per hour$", RegexOptions.CultureInvariant)]
    private static partial Regex PayBand();

    /// <summary>An index by id, e.g. "ilo-2025" → "ILO 2025".</summary>
    public static string IndexName(string indexId) =>
        ExposureIndexInfo.TryFind(indexId, out var info) ? info.Name : indexId;

    /// <summary>Share of a class list in the four ILO 2025 exposure gradients together.</summary>
    public static double? ExposedShare(IReadOnlyList<ClassShare> classes) =>
        classes.Count == 0 ? null : classes.Where(c => c.ClassId.StartsWith("gradient-", StringComparison.Ordinal)).Sum(c => c.Share);
}

using System.Globalization;
using System.Text;
using Regie.Core.Classifications;
using Regie.Core.Exposure;
using Regie.Core.Reference;
using Regie.Core.Results;

namespace Regie.Monitor.Atlas;

/// <summary>One row per BRC 2014 group, and the list with search, filter and sort.</summary>
internal static class OccupationsView
{
    public static IReadOnlyList<OccupationRow> Rows(AtlasModel m) => m.Groups.Select(g => Row(m, g)).ToList();

    public static OccupationRow Row(AtlasModel m, BrcGroup g)
    {
        var e = m.Employment.GetValueOrDefault(g.Code);
        var composition = m.Composition2025[g.Code];
        var units = m.UnitsByBrc.GetValueOrDefault(g.Code) ?? [];
        return new OccupationRow(
            g.Code.Value,
            g.Title,
            g.SegmentCode.Value,
            g.Segment,
            g.ClassCode.Value,
            g.Class,
            m.BrcScores[ExposureIndex.Ilo2025].TryGetValue(g.Code, out var x) ? x : null,
            BrcExposure.Dominant(composition)?.Id(),
            ClassShares.Of(composition, e?.Employed ?? 0),
            ExposureIndexInfo.All.ToDictionary(
                i => i.Id,
                i => m.BrcScores[i.Index].TryGetValue(g.Code, out var s) ? s : (double?)null,
                StringComparer.Ordinal),
            units.Count,
            m.ScorableUnits(g.Code).Count(m.Class2025.ContainsKey),
            e?.Employed,
            e?.EmployedComparison,
            e?.GrowthPercent,
            e?.WomenShare,
            e?.HigherEducationShare,
            e?.MedianHourlyPay,
            e?.PayP25,
            e?.PayP75);
    }

    public static Result<OccupationList> List(AtlasModel m, IReadOnlyList<OccupationRow> rows, OccupationQuery query)
    {
        var validated = query.Validate();
        if (!validated.IsSuccess)
        {
            return validated.Error;
        }

        var index = validated.Value;
        IEnumerable<OccupationRow> selected = rows;
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var needle = Fold(query.Search);
            selected = selected.Where(r => Matches(m, r, needle));
        }

        if (query.ClassId is { } classId)
        {
            selected = selected.Where(r => string.Equals(r.DominantClass, classId, StringComparison.OrdinalIgnoreCase));
        }

        if (query.BrcClass is { } brcClass)
        {
            selected = selected.Where(r => r.ClassCode == brcClass);
        }

        var sorted = Sort(selected, (query.Sort ?? "exposure").ToLowerInvariant(), query.Descending, index.Id).ToList();
        return new OccupationList(
            m.Reference.Periods.Employment,
            m.Reference.Periods.Comparison,
            m.Reference.Periods.Pay,
            sorted,
            AtlasTexts.BrcRule,
            SourceRefs.Occupations(m));
    }

    private static IEnumerable<OccupationRow> Sort(IEnumerable<OccupationRow> rows, string key, bool descending, string indexId)
    {
        Func<OccupationRow, IComparable?> by = key switch
        {
            "code" => r => r.Code,
            "title" => r => Fold(r.Title),
            "employed" => r => r.Employed,
            "change" => r => r.ChangePercent,
            "women" => r => r.WomenShare,
            "higher-education" => r => r.HigherEducationShare,
            "pay" => r => r.MedianHourlyPay,
            _ => r => r.Scores[indexId],
        };

        // Missing values always go last, whatever the direction; the code breaks ties so the order is stable.
        var known = rows.Where(r => by(r) is not null);
        var ordered = descending ? known.OrderByDescending(by) : known.OrderBy(by);
        return ordered.ThenBy(r => r.Code, StringComparer.Ordinal)
            .Concat(rows.Where(r => by(r) is null).OrderBy(r => r.Code, StringComparer.Ordinal));
    }

    private static bool Matches(AtlasModel m, OccupationRow r, string needle) =>
        Fold(r.Title).Contains(needle, StringComparison.Ordinal)
        || Fold(r.Segment).Contains(needle, StringComparison.Ordinal)
        || r.Code.StartsWith(needle, StringComparison.Ordinal)
        || (m.UnitsByBrc.TryGetValue(BrcCode.Parse(r.Code), out var units) && units.Any(u =>
            u.Code.Value.StartsWith(needle, StringComparison.Ordinal)
            || Fold(u.TitleNl).Contains(needle, StringComparison.Ordinal)
            || (u.TitleEn is { } en && Fold(en).Contains(needle, StringComparison.Ordinal))));

    /// <summary>Lower case without diacritics, so "financiele" finds "Financiële".</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}

using Regie.Core.Classifications;
using Regie.Core.Exposure;
using Regie.Core.Reference;
using Regie.Core.Results;

namespace Regie.Monitor.Atlas;

/// <summary>One BRC group in full: unit groups with every index's score and percentile, ILO tasks, ESCO occupations.</summary>
internal static class OccupationDetailView
{
    public static Result<OccupationDetail> Build(AtlasModel m, IReadOnlyList<OccupationRow> rows, string code)
    {
        if (!BrcCode.TryParse(code, out var brc) || code.Trim().Length != 4)
        {
            return ValidationError.For("code", $"'{code}' is not a BRC 2014 occupation group code (four digits, e.g. 0811).");
        }

        var row = rows.FirstOrDefault(r => r.Code == brc.Value);
        if (row is null)
        {
            return new OccupationNotFound(brc.Value);
        }

        var units = (m.UnitsByBrc.GetValueOrDefault(brc) ?? []).Select(u => Unit(m, u)).ToList();
        return new OccupationDetail(
            row,
            units,
            ExposureIndexInfo.All.Select(i => new IndexPercentile(
                i.Id, m.BrcPercentiles[i.Index].TryGetValue(brc, out var p) ? p : null)).ToList(),
            AtlasTexts.BrcRule,
            [.. AtlasTexts.Common, AtlasTexts.UsBias, AtlasTexts.UsageNotFeasibility, AtlasTexts.ScaleDiffers],
            SourceRefs.Occupation(m));
    }

    private static UnitGroupDetail Unit(AtlasModel m, UnitGroup u)
    {
        var scores = ExposureIndexInfo.All.Select(i => new UnitGroupScore(
            i.Id,
            m.IscoScores[i.Index].TryGetValue(u.Code, out var s) ? s : null,
            m.IscoPercentiles[i.Index].TryGetValue(u.Code, out var p) ? p : null)).ToList();
        var percentiles = scores.Where(s => s.Percentile is not null).Select(s => s.Percentile!.Value).ToList(); // Filtered on not null.
        var ilo = m.Ilo.GetValueOrDefault(u.Code);
        return new UnitGroupDetail(
            u.Code.Value,
            u.TitleEn,
            u.TitleNl,
            u.SkillLevel,
            u.IsResidual,
            ilo?.Class2025.Id(),
            ilo?.Sd2025,
            ilo?.Class2023?.Id(),
            scores,
            percentiles.Count >= 2 ? percentiles.Max() - percentiles.Min() : null,
            (m.TasksByUnit.GetValueOrDefault(u.Code) ?? []).Select(t => new TaskScore(t.TaskId, t.Text, t.Score2025, t.Score2023)).ToList(),
            (m.EscoByUnit.GetValueOrDefault(u.Code) ?? []).Select(o => new EscoOccupationRef(o.Uri, o.Code, o.LabelNl, o.LabelEn)).ToList());
    }
}

using Regie.Monitor.Atlas;

namespace Regie.Web.Export;

/// <summary>The occupation list and one occupation group as downloads.</summary>
internal static class OccupationExports
{
    public static ExportDocument ToExport(this OccupationList list) => new(
        "occupations",
        list.EmploymentPeriod,
        $"Regie exposure atlas: BRC 2014 occupation groups, {list.EmploymentPeriod}",
        [Occupations("occupations", "Occupations").Build(list.Occupations)],
        new ExportProvenance(list.Sources, list.AggregationRule, []));

    /// <param name="period">Employment period of the data, for the file name.</param>
    public static ExportDocument ToExport(this OccupationDetail detail, string period)
    {
        var unitGroups = detail.UnitGroups;
        ExportTable[] tables =
        [
            UnitGroups().Build(unitGroups),
            Tasks().Build(unitGroups.SelectMany(group => group.Tasks.Select(task => (group.Code, Task: task)))),
            EscoOccupations().Build(unitGroups.SelectMany(group => group.EscoOccupations.Select(esco => (group.Code, Esco: esco)))),
            Occupations("occupation", "Occupation group").Percentiles(detail.Percentiles).Build([detail.Occupation]),
        ];
        return new ExportDocument(
            $"occupation-{detail.Occupation.Code}",
            period,
            $"Regie exposure atlas: {detail.Occupation.Code} {detail.Occupation.Title}",
            tables,
            new ExportProvenance(detail.Sources, detail.AggregationRule, detail.Caveats));
    }

    private static TableBuilder<OccupationRow> Occupations(string id, string sheet) =>
        new TableBuilder<OccupationRow>(id, sheet)
            .Text("code", row => row.Code)
            .Text("title", row => row.Title)
            .Text("segmentCode", row => row.SegmentCode)
            .Text("segment", row => row.Segment)
            .Text("classCode", row => row.ClassCode)
            .Text("class", row => row.Class)
            .Number("exposure", row => row.Exposure)
            .Text("dominantClass", row => row.DominantClass)
            .Ilo2025Shares(row => row.Ilo2025Classes)
            .IndexScores(row => row.Scores)
            .Integer("unitGroups", row => row.UnitGroups)
            .Integer("scoredUnitGroups", row => row.ScoredUnitGroups)
            .Integer("employed", row => row.Employed)
            .Integer("employedComparison", row => row.EmployedComparison)
            .Number("changePercent", row => row.ChangePercent)
            .Number("womenShare", row => row.WomenShare)
            .Number("higherEducationShare", row => row.HigherEducationShare)
            .Number("medianHourlyPay", row => row.MedianHourlyPay)
            .Number("payP25", row => row.PayP25)
            .Number("payP75", row => row.PayP75);

    private static TableBuilder<UnitGroupDetail> UnitGroups() =>
        new TableBuilder<UnitGroupDetail>("unit-groups", "Unit groups")
            .Text("code", group => group.Code)
            .Text("titleEn", group => group.TitleEn)
            .Text("titleNl", group => group.TitleNl)
            .Integer("skillLevel", group => group.SkillLevel)
            .Boolean("isResidual", group => group.IsResidual)
            .Text("ilo2025Class", group => group.Ilo2025Class)
            .Number("ilo2025Sd", group => group.Ilo2025Sd)
            .Text("ilo2023Class", group => group.Ilo2023Class)
            .UnitGroupScores(group => group.Scores)
            .Number("disagreement", group => group.Disagreement)
            .Integer("tasks", group => group.Tasks.Count)
            .Integer("escoOccupations", group => group.EscoOccupations.Count);

    private static TableBuilder<(string UnitGroup, TaskScore Task)> Tasks() =>
        new TableBuilder<(string UnitGroup, TaskScore Task)>("tasks", "Tasks")
            .Text("unitGroup", row => row.UnitGroup)
            .Integer("taskId", row => row.Task.TaskId)
            .Text("text", row => row.Task.Text)
            .Number("score2025", row => row.Task.Score2025)
            .Number("score2023", row => row.Task.Score2023);

    private static TableBuilder<(string UnitGroup, EscoOccupationRef Esco)> EscoOccupations() =>
        new TableBuilder<(string UnitGroup, EscoOccupationRef Esco)>("esco-occupations", "ESCO occupations")
            .Text("unitGroup", row => row.UnitGroup)
            .Text("code", row => row.Esco.Code)
            .Text("labelNl", row => row.Esco.LabelNl)
            .Text("labelEn", row => row.Esco.LabelEn)
            .Text("uri", row => row.Esco.Uri);
}

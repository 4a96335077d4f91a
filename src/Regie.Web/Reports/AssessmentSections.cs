using Regie.Core.Documents;
using Regie.Workplace.Assessments;
using Regie.Workplace.Reports;

namespace Regie.Web.Reports;

/// <summary>The job impact assessment per worker group: tasks, signals found, opinions, and risks with their measures.</summary>
internal static class AssessmentSections
{
    public static ReportSection Section(SystemReport report, ReportTexts t)
    {
        if (!report.Assessments.TryGetValue(out var assessments))
        {
            return new ReportSection("assessment", t["SectionAssessment"], t.Unavailable(report.Assessments.Error!));
        }

        if (assessments.Count == 0)
        {
            return new ReportSection("assessment", t["SectionAssessment"], new ReportNotice(t["NoAssessment"], ReportNoticeKind.Warning));
        }

        var groups = assessments.OrderBy(a => a.WorkerGroup.Name, StringComparer.CurrentCulture)
            .Select((a, i) => Group(a, i + 1, t)).ToList();
        return new ReportSection("assessment", t["SectionAssessment"], [new ReportParagraph(t["AssessmentIntro"])], groups);
    }

    private static ReportSection Group(AssessmentDetail a, int n, ReportTexts t)
    {
        var x = t.Assessment;
        var id = $"assessment-{n}";
        var opinions = a.Assessment.Opinions.OrderBy(o => o.Kind).Select(o =>
            $"{x["Opinion_" + o.Kind]}: {x["Position_" + o.Position]} ({ReportTexts.Moment(o.GivenAt)}). {o.Text}").ToList();
        var missing = a.RequiredOpinions.Where(k => a.Assessment.Opinions.All(o => o.Kind != k)).Select(k => x["Opinion_" + k].Value).ToList();
        List<ReportBlock> blocks =
        [
            new ReportFacts([
                new(t["AssessmentStatus"], x["Status_" + a.Assessment.Status]),
                new(t["Version"], a.Assessment.Version.ToString(System.Globalization.CultureInfo.CurrentCulture)),
                new(t["Instrument"], a.Assessment.InstrumentVersion),
                new(t["OpinionsMissing"], missing.Count == 0 ? t["None"] : string.Join(", ", missing)),
            ]),
            Tasks(a, id, t),
            Signals(a, id, t),
            Risks(a, id, t),
        ];
        if (opinions.Count > 0)
        {
            blocks.Add(new ReportParagraph(t["OpinionsGiven"]));
            blocks.Add(new ReportList(opinions));
        }

        return new ReportSection(id, t["AssessmentFor", a.WorkerGroup.Name], blocks);
    }

    private static ReportTable Tasks(AssessmentDetail a, string id, ReportTexts t) => new(
        $"{id}-tasks",
        t["TasksCaption", a.WorkerGroup.Name],
        [new(t.Assessment["Col_Task"]), new(t.Assessment["Col_Effect"]), new(t.Assessment["Col_TimeShare"], ReportColumnKind.Number),
            new(t.Assessment["Col_ExpectedShare"], ReportColumnKind.Number)],
        [.. a.Assessment.Tasks.Select(task => (IReadOnlyList<ReportCell>)[
            task.Text, t.Assessment["Effect_" + task.Effect].Value, Cells.Number(task.TimeSharePercent), Cells.Number(task.ExpectedTimeSharePercent)])],
        null,
        t["NoTasks"]);

    private static ReportTable Signals(AssessmentDetail a, string id, ReportTexts t)
    {
        var present = a.Assessment.Signals.Where(s => s.Presence is SignalPresence.Present or SignalPresence.Unsure)
            .OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        return new ReportTable(
            $"{id}-signals",
            t["SignalsCaption", a.WorkerGroup.Name],
            [new(t.Assessment["Col_Code"]), new(t.Assessment["Col_Signal"]), new(t.Assessment["Col_Presence"]), new(t.Assessment["Col_Direction"]),
                new(t["ColLikelihood"], ReportColumnKind.Number), new(t.Assessment["Col_Evidence"])],
            [.. present.Select(s => (IReadOnlyList<ReportCell>)[
                s.Code, SignalName(s.Code), t.Assessment["Presence_" + s.Presence].Value,
                s.Direction is { } d ? t.Assessment["Direction_" + d].Value : "", Cells.Number(s.Likelihood), s.Evidence ?? ""])],
            JobImpactInstrument.Shipped.Citation,
            t["NoSignals"]);
    }

    private static ReportTable Risks(AssessmentDetail a, string id, ReportTexts t) => new(
        $"{id}-risks",
        t["RisksCaption", a.WorkerGroup.Name],
        [new(t.Assessment["Col_Risk"]), new(t.Assessment["Col_Score"], ReportColumnKind.Number), new(t["ColMeasure"]), new(t["ColDue"], ReportColumnKind.Date),
            new(t["ColStatus"])],
        [.. a.Risks.SelectMany(risk => RiskRows(a, risk, t))],
        null,
        t["NoRisks"]);

    private static IEnumerable<IReadOnlyList<ReportCell>> RiskRows(AssessmentDetail a, Risk risk, ReportTexts t)
    {
        var measures = a.MeasuresFor(risk).ToList();
        if (measures.Count == 0)
        {
            yield return [risk.Title, Cells.Count(risk.Score), t["NoMeasureYet"], "", ""];
            yield break;
        }

        foreach (var m in measures)
        {
            yield return [risk.Title, Cells.Count(risk.Score), m.Title, Cells.Date(m.DueDate), t.Assessment["MeasureStatus_" + m.Status].Value];
        }
    }

    private static string SignalName(string code) =>
        JobImpactInstrument.Shipped.ByCode.TryGetValue(code, out var s) ? (ReportTexts.English ? s.English : s.Dutch) : code;
}

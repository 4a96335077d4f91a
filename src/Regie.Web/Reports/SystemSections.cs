using Regie.Core.Documents;
using Regie.Web.Components.Pages.Workplace.Register;
using Regie.Workplace.Reports;
using Regie.Workplace.Screening;

namespace Regie.Web.Reports;

/// <summary>The sections every system report opens with: what the system is, and how the AI Act screening placed it.</summary>
internal static class SystemSections
{
    public static ReportSection System(SystemReport report, ReportTexts t)
    {
        var s = report.System;
        var groups = s.WorkerGroups.Select(g => report.WorkerGroups.GetValueOrDefault(g.WorkerGroupId, "")).Order(StringComparer.CurrentCulture);
        var facts = new List<ReportFact>
        {
            new(t["Provider"], s.Provider),
            new(t["Version"], s.Version ?? t["NotGiven"]),
            new(t["Purpose"], s.Purpose),
            new(t["Status"], t.Register.Status(s.Status)),
            new(t["Owner"], report.Member(s.OwnerMemberId)),
            new(t["DecisionTypes"], s.DecisionTypes.Split() is { Count: > 0 } types ? string.Join(", ", types.Select(t.Register.Decision)) : t["None"]),
            new(t["DataUsed"], s.DataUsed ?? t["NotGiven"]),
            new(t["MonitoringCapable"], t.YesNo(s.MonitoringCapable)),
            new(t["WorkerGroups"], string.Join(", ", groups) is { Length: > 0 } names ? names : t["None"]),
            new(t["ContactPoint"], s.ContactPoint ?? t["NotGiven"]),
        };
        List<ReportBlock> blocks = [new ReportFacts(facts)];
        if (!string.IsNullOrWhiteSpace(s.PlainLanguageSummary))
        {
            blocks.Add(new ReportParagraph(s.PlainLanguageSummary));
        }

        return new ReportSection("system", t["SectionSystem"], blocks);
    }

    public static ReportSection Screening(SystemReport report, ReportTexts t)
    {
        if (report.Register.LatestScreening is not { } screening)
        {
            return new ReportSection("screening", t["SectionScreening"], new ReportNotice(t["NoScreening"], ReportNoticeKind.Warning));
        }

        var riskClass = screening.RiskClass.Text();
        var reasons = screening.Reasons.Select(r => r.Text()).Select(r => $"{r.Title} ({r.LegalReference})").ToList();
        return new ReportSection("screening", t["SectionScreening"],
            new ReportFacts([
                new(t["RiskClass"], riskClass.Title),
                new(t["ScreenedAt"], ReportTexts.Moment(screening.ScreenedAt)),
            ]),
            new ReportParagraph(riskClass.Explanation),
            new ReportList(reasons),
            Duties(report, t));
    }

    /// <summary>The AI Act duties the screening set for the system, with where they stand.</summary>
    public static ReportTable Duties(SystemReport report, ReportTexts t) => new(
        "ai-act-duties",
        t["DutiesCaption"],
        [new(t["ColDuty"]), new(t["ColLegalReference"]), new(t["ColBeforeUse"]), new(t["ColStatus"]), new(t["ColDue"], ReportColumnKind.Date), new(t["ColEvidence"])],
        [.. report.Register.Duties.Select(d => (IReadOnlyList<ReportCell>)[
            d.Kind.Text().Title, d.Kind.Text().LegalReference, t.YesNo(d.BeforeUse), t[$"DutyStatus_{d.Status}"],
            Cells.Date(d.DueDate), d.Evidence ?? ""])],
        null,
        t["NoDuties"]);
}

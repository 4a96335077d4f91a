using System.Globalization;
using Regie.Workplace.Consultation;
using Regie.Workplace.Notices;
using Regie.Workplace.Reports;
using Regie.Workplace.Screening;

namespace Regie.Web.Reports;

/// <summary>
/// What Regie itself holds for each AI Act deployer duty — the notice sent, the oversight design and log, the DPIA
/// opinion — next to the evidence the owner wrote down. Only facts Regie records; a duty Regie has no record for says so.
/// </summary>
internal static class DutyEvidence
{
    public static string For(DutyKind kind, SystemReport report, ReportTexts t) => kind switch
    {
        DutyKind.Art14OversightDesign => Design(report, t),
        DutyKind.Art26_2CompetentOversight => $"{Assignments(report, t)}. {Literacy(report, t)}",
        DutyKind.Art4Literacy => Literacy(report, t),
        DutyKind.Art26_4InputData => string.IsNullOrWhiteSpace(report.System.DataUsed) ? t["EvidenceNoData"] : t["EvidenceData", report.System.DataUsed],
        DutyKind.Art26_5Monitoring => Monitoring(report, t),
        DutyKind.Art26_7InformWorkers => Notice(report, t, NoticeAudience.Representatives | NoticeAudience.AffectedWorkers),
        DutyKind.Art26_11InformDecisionSubjects => Notice(report, t, NoticeAudience.DecisionSubjects),
        DutyKind.Art26_9Dpia => report.Consultation.TryGetValue(out var d) && d.DpiaOpinion is { } o
            ? t["EvidenceDpia", t.Consultation["DpiaStatus_" + o.Status].Value]
            : t["EvidenceNone"],
        _ => t["EvidenceNone"],
    };

    private static string Design(SystemReport report, ReportTexts t) =>
        report.OversightPlan.TryGetValue(out var plan) && plan.Design is { } design
            ? t["EvidenceDesign", t.Oversight["Model_" + design.Model].Value, design.CapabilitiesWithEvidence, design.Evidence.Count]
            : t["EvidenceNone"];

    private static string Assignments(SystemReport report, ReportTexts t) =>
        report.OversightPlan.TryGetValue(out var plan) && plan.Assignments.Count > 0
            ? t["EvidenceAssignments", plan.Assignments.Count, plan.Assignments.Count(a => a.CanOverride), plan.Assignments.Count(a => a.CanStop)]
            : t["EvidenceNone"];

    private static string Literacy(SystemReport report, ReportTexts t) =>
        !report.OverseerLiteracy.TryGetValue(out var literacy) ? t["EvidenceNotAllowed"]
        : literacy.Overseers.Count == 0 ? t["EvidenceNoOverseers"]
        : t["EvidenceLiteracy", literacy.Overseers.Count(o => !o.Flagged), literacy.Overseers.Count];

    private static string Monitoring(SystemReport report, ReportTexts t)
    {
        if (!report.Oversight.TryGetValue(out var s))
        {
            return t["EvidenceNotAllowed"];
        }

        return s.Figures.Cases == 0
            ? t["EvidenceNone"]
            : t["EvidenceMonitoring", s.Figures.Cases.ToString("N0", CultureInfo.CurrentCulture), s.Figures.Stopped, ReportTexts.Date(s.From), ReportTexts.Date(s.To)];
    }

    private static string Notice(SystemReport report, ReportTexts t, NoticeAudience audience)
    {
        if (!report.Consultation.TryGetValue(out var dossier))
        {
            return t["EvidenceNotAllowed"];
        }

        var sent = dossier.Notices.Where(n => n.Status == NoticeStatus.Sent && (n.Audience & audience) != NoticeAudience.None)
            .OrderByDescending(n => n.SentOn).FirstOrDefault();
        return sent is null ? t["EvidenceNoNotice"] : t["EvidenceNotice", ReportTexts.Date(sent.SentOn), sent.Channel];
    }
}

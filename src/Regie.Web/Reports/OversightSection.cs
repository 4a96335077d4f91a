using Regie.Core.Documents;
using Regie.Workplace.Oversight;
using Regie.Workplace.Reports;

namespace Regie.Web.Reports;

/// <summary>
/// Oversight in practice (AI Act art. 14 with 26(2)): the design with the five capabilities, who oversees with which
/// authority, and what the oversight log shows per overseer over the dashboard window, with the rubber-stamp flag.
/// </summary>
internal static class OversightSection
{
    public static ReportSection Section(SystemReport report, ReportTexts t)
    {
        var blocks = new List<ReportBlock>();
        if (!report.OversightPlan.TryGetValue(out var plan))
        {
            blocks.Add(t.Unavailable(report.OversightPlan.Error!));
        }
        else
        {
            blocks.AddRange(Design(plan, report, t));
        }

        if (!report.Oversight.TryGetValue(out var figures))
        {
            blocks.Add(t.Unavailable(report.Oversight.Error!));
        }
        else
        {
            blocks.AddRange(Figures(figures, t));
        }

        blocks.AddRange(Literacy(report, t));
        return new ReportSection("oversight", t["SectionOversight"], blocks);
    }

    private static IEnumerable<ReportBlock> Design(OversightPlan plan, SystemReport report, ReportTexts t)
    {
        var o = t.Oversight;
        if (plan.Design is not { } design)
        {
            yield return new ReportNotice(t["NoOversightDesign"], ReportNoticeKind.Warning);
        }
        else
        {
            yield return new ReportFacts([
                new(t["OversightModel"], o["Model_" + design.Model]),
                new(t["Capabilities"], t["CapabilitiesWithEvidence", design.CapabilitiesWithEvidence, design.Evidence.Count]),
                new(t["Staffing"], design.Staffing ?? t["NotGiven"]),
                new(t["SecondsPerCase"], design.SecondsPerCase.ToString(System.Globalization.CultureInfo.CurrentCulture)),
                new(t["Escalation"], design.Escalation ?? t["NotGiven"]),
            ]);
            yield return new ReportTable("oversight-capabilities", t["CapabilitiesCaption"],
                [new(t["ColCapability"]), new(t["ColEvidence"])],
                [.. "abcde".Select((c, i) => (IReadOnlyList<ReportCell>)[o["Cap_" + c].Value, design.Evidence[i] ?? t["NoEvidence"]])],
                null, t["NoEvidence"]);
        }

        yield return new ReportTable("oversight-assignments", t["AssignmentsCaption"],
            [new(t["ColOverseer"]), new(t["ColCanOverride"]), new(t["ColCanStop"]), new(t["ColHoursPerWeek"], ReportColumnKind.Number), new(t["ColBackup"])],
            [.. plan.Assignments.Select(a => (IReadOnlyList<ReportCell>)[report.Member(a.MemberId), t.YesNo(a.CanOverride), t.YesNo(a.CanStop),
                Cells.Number(a.HoursPerWeek), report.Member(a.BackupMemberId)])],
            null, t["NoAssignments"]);
    }

    /// <summary>Whether each overseer meets the AI literacy level they need (AI Act art. 4 with 26(2)): a status, never a score.</summary>
    private static IEnumerable<ReportBlock> Literacy(SystemReport report, ReportTexts t)
    {
        if (!report.OverseerLiteracy.TryGetValue(out var literacy))
        {
            yield return t.Unavailable(report.OverseerLiteracy.Error!);
            yield break;
        }

        yield return new ReportTable("oversight-literacy", t["OverseerLiteracyCaption"],
            [new(t["ColOverseer"]), new(t["ColRequiredLevel"]), new(t["ColLiteracyStatus"])],
            [.. literacy.Overseers.Select(o => (IReadOnlyList<ReportCell>)[o.Name, t.Literacy["Level_" + o.Required].Value, t.Literacy["Status_" + o.Status].Value])],
            literacy.SystemLevel is { } level ? t["SystemLiteracyLevel", t.Literacy["Level_" + level].Value] : t["RoleLiteracyLevels"],
            t["NoOverseers"]);
        if (literacy.Overseers.Any(o => o.Flagged))
        {
            yield return new ReportNotice(t["OverseerLiteracyWarning", literacy.Overseers.Count(o => o.Flagged)], ReportNoticeKind.Warning);
        }
    }

    private static IEnumerable<ReportBlock> Figures(SystemOversight s, ReportTexts t)
    {
        var rows = s.Overseers.Select(r => (r.Name, r.Figures, r.RubberStamp)).Append((t["AllOverseers"], s.Figures, s.RubberStamp));
        yield return new ReportTable("oversight-figures", t["OversightFiguresCaption", ReportTexts.Date(s.From), ReportTexts.Date(s.To)],
            [new(t["ColOverseer"]), new(t.Oversight["Cases"], ReportColumnKind.Number), new(t.Oversight["AcceptanceRate"], ReportColumnKind.Percent),
                new(t.Oversight["OverrideRate"], ReportColumnKind.Percent), new(t.Oversight["MedianSeconds"], ReportColumnKind.Number),
                new(t.Oversight["ColFlag"])],
            [.. rows.Select(r => (IReadOnlyList<ReportCell>)[r.Item1, Cells.Count(r.Figures.Cases), Cells.Percent(r.Figures.AcceptanceRate),
                Cells.Percent(r.Figures.OverrideRate), Cells.Number(r.Figures.MedianSeconds), r.Item3 ? t.Oversight["FlagRubberStamp"].Value : t.Oversight["FlagNone"].Value])],
            t["OversightSource", s.Thresholds.RubberStampMinimumCases, ReportTexts.Percent(s.Thresholds.RubberStampAcceptance), s.Thresholds.RubberStampMedianSeconds],
            t["NoCases"]);
        if (s.RubberStamp || s.Overseers.Any(o => o.RubberStamp))
        {
            yield return new ReportNotice(t["RubberStampWarning"], ReportNoticeKind.Warning);
        }
    }
}

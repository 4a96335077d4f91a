using Regie.Core.Documents;
using Regie.Web.Components.Pages.Workplace.Register;
using Regie.Workplace.Assessments;
using Regie.Workplace.Consultation;
using Regie.Workplace.Notices;
using Regie.Workplace.Register;
using Regie.Workplace.Reports;

namespace Regie.Web.Reports;

/// <summary>
/// The board summary: every AI system on one line, what needs the board's attention, the overdue measures, and the
/// figures of concerns and requests (counts only).
/// </summary>
internal static class BoardSections
{
    public static IReadOnlyList<ReportSection> Sections(BoardReport board, ReportTexts t) =>
    [
        new ReportSection("about", t["SectionAbout"], new ReportParagraph(t["BoardIntro"])),
        new ReportSection("systems", t["SectionSystems"], Systems(board, t)),
        new ReportSection("attention", t["SectionAttention"], [.. Attention(board, t)]),
        new ReportSection("overdue", t["SectionOverdue"], Overdue(board, t)),
        new ReportSection("literacy", t["SectionLiteracy"], [.. Literacy(board, t)]),
        new ReportSection("voice", t["SectionVoice"], [.. Voice(board, t)]),
    ];

    /// <summary>AI literacy (art. 4) across the organisation: how many assessed, below and meeting their level; hidden below k.</summary>
    private static IEnumerable<ReportBlock> Literacy(BoardReport board, ReportTexts t)
    {
        if (!board.Literacy.TryGetValue(out var overview))
        {
            yield return t.Unavailable(board.Literacy.Error!);
            yield break;
        }

        yield return new ReportParagraph(t["LiteracyIntro", overview.K]);
        yield return new ReportTable("literacy", t["LiteracyCaption"],
            [new(t["ColMeasureName"]), new(t["ColCount"], ReportColumnKind.Number)],
            [
                [t["LiteracyPeople"], Cells.Count(overview.People)],
                [t["LiteracyAssessed"], Cells.Count(overview.Assessed)],
                [t["LiteracyBelow"], Hidden(overview.Organisation?.Below, t)],
                [t["LiteracyMeeting"], Hidden(overview.Organisation?.Meeting, t)],
            ],
            null, t["NoSystems"]);
    }

    private static ReportCell Hidden(int? count, ReportTexts t) => count is { } n ? Cells.Count(n) : new ReportCell(t["HiddenBelowK"]);

    /// <summary>Two tables of every system, narrow enough for an A4 page: where it stands, and what follows from it.</summary>
    private static ReportBlock[] Systems(BoardReport board, ReportTexts t) =>
    [
        new ReportTable(
            "systems",
            t["SystemsCaption"],
            [new(t["System"]), new(t["Status"]), new(t["RiskClass"]), new(t["ColAssessments"]), new(t["ColConsultation"]), new(t["ColNotice"])],
            [.. board.Systems.Select(s => Standing(s, t))],
            null,
            t["NoSystems"]),
        new ReportTable(
            "follow-up",
            t["FollowUpCaption"],
            [new(t["System"]), new(t["ColOpenMeasures"], ReportColumnKind.Number), new(t["ColOverdue"], ReportColumnKind.Number),
                new(t["ColPulseFlags"], ReportColumnKind.Number), new(t["ColOversight"])],
            [.. board.Systems.Select(s => FollowUp(s, t))],
            null,
            t["NoSystems"]),
    ];

    private static IReadOnlyList<ReportCell> Standing(SystemReport s, ReportTexts t) =>
    [
        s.System.Name,
        t.Register.Status(s.System.Status),
        s.Register.LatestScreening is { } screening ? screening.RiskClass.Text().Title : t["NotScreened"],
        s.Assessments.TryGetValue(out var a)
            ? t["AssessmentsValidated", a.Count(x => x.Assessment.Status == AssessmentStatus.Validated), a.Count]
            : t["NotVisible"],
        Consultation(s, t),
        s.Consultation.TryGetValue(out var d)
            ? (d.Notices.Any(n => n.Status == NoticeStatus.Sent) ? t["Sent"] : d.Requirements.NoticeRequired ? t["Missing"] : t["NotRequired"])
            : t["NotVisible"],
    ];

    private static IReadOnlyList<ReportCell> FollowUp(SystemReport s, ReportTexts t)
    {
        var measures = s.Measures.TryGetValue(out var m) ? m : null;
        return
        [
            s.System.Name,
            measures is null ? new ReportCell(t["NotVisible"]) : Cells.Count(measures.Count(x => !x.IsSettled)),
            measures is null ? new ReportCell(t["NotVisible"]) : Cells.Count(measures.Count(x => MeasuresSection.IsOverdue(x, s.Today))),
            s.Pulse.TryGetValue(out var p) ? Cells.Count(p?.Flags.Count ?? 0) : new ReportCell(t["NotVisible"]),
            s.Oversight.TryGetValue(out var o) ? (o.RubberStamp || o.Overseers.Any(r => r.RubberStamp) ? t.Oversight["FlagRubberStamp"].Value : t.Oversight["FlagNone"].Value) : t["NotVisible"],
        ];
    }

    private static string Consultation(SystemReport s, ReportTexts t)
    {
        if (!s.Consultation.TryGetValue(out var d))
        {
            return t["NotVisible"];
        }

        if (s.Procedures.OrderByDescending(p => p.Procedure.CreatedAt).FirstOrDefault() is { } latest)
        {
            return $"{t.Consultation["Kind_" + latest.Procedure.Kind]}: {t.Consultation["Status_" + latest.Procedure.Status]}";
        }

        return d.Requirements.AdviceRequired || d.Requirements.ConsentRequired ? t["RequiredNotStarted"] : t["NotRequired"];
    }

    private static IEnumerable<ReportBlock> Attention(BoardReport board, ReportTexts t)
    {
        var items = new List<string>();
        // A blocked or decommissioned system is not in use: nothing about it waits for the board.
        foreach (var s in board.Systems.Where(s => s.System.Status is not (AiSystemStatus.Blocked or AiSystemStatus.Decommissioned)))
        {
            foreach (var p in s.Procedures.Select(v => v.Procedure).Where(p => !p.IsClosed && p.Status != ConsultationStatus.Draft))
            {
                items.Add(t["AttentionProcedure", s.System.Name, t.Consultation["Kind_" + p.Kind], t.Consultation["Status_" + p.Status],
                    p.SuspensionEndsOn is { } end && end >= s.Today ? ReportTexts.Date(end) : ReportTexts.Date(p.AnswerDueOn)]);
            }

            if (s.Consultation.TryGetValue(out var d))
            {
                if ((d.Requirements.AdviceRequired || d.Requirements.ConsentRequired) && s.Procedures.Count == 0)
                {
                    items.Add(t["AttentionNoProcedure", s.System.Name]);
                }

                if (d.Requirements.NoticeRequired && d.Notices.All(n => n.Status != NoticeStatus.Sent))
                {
                    items.Add(t["AttentionNoNotice", s.System.Name]);
                }
            }

            if (s.Assessments.TryGetValue(out var a))
            {
                if (a.Count == 0 && s.System.WorkerGroups.Count > 0 && s.System.Status is not (AiSystemStatus.Idea or AiSystemStatus.Blocked))
                {
                    items.Add(t["AttentionNoAssessment", s.System.Name]);
                }

                items.AddRange(a.Where(x => x.Assessment.Status == AssessmentStatus.AwaitingOpinions)
                    .Select(x => t["AttentionAssessment", s.System.Name, x.WorkerGroup.Name]));
            }

            if (s.Oversight.TryGetValue(out var o) && (o.RubberStamp || o.Overseers.Any(r => r.RubberStamp)))
            {
                items.Add(t["AttentionRubberStamp", s.System.Name]);
            }

            if (s.OverseerLiteracy.TryGetValue(out var l) && l.Overseers.Count(o => o.Flagged) is > 0 and var flagged)
            {
                items.Add(t["AttentionLiteracy", s.System.Name, flagged]);
            }

            if (s.Pulse.TryGetValue(out var p2) && p2 is { Flags.Count: > 0 })
            {
                items.Add(t["AttentionPulse", s.System.Name, p2.Flags.Count]);
            }
        }

        yield return items.Count == 0 ? new ReportNotice(t["NothingNeedsAttention"], ReportNoticeKind.Info) : new ReportList(items);
    }

    private static ReportTable Overdue(BoardReport board, ReportTexts t) => new(
        "overdue-measures",
        t["OverdueCaption"],
        [new(t["System"]), new(t["ColMeasure"]), new(t["ColOwner"]), new(t["ColDue"], ReportColumnKind.Date), new(t["ColStatus"])],
        [.. board.Systems.SelectMany(s => (s.Measures.TryGetValue(out var m) ? m : []).Where(x => MeasuresSection.IsOverdue(x, s.Today))
            .OrderBy(x => x.DueDate).Select(x => (IReadOnlyList<ReportCell>)[s.System.Name, x.Title, s.Member(x.OwnerMemberId), Cells.Date(x.DueDate),
                t.Assessment["MeasureStatus_" + x.Status].Value]))],
        null,
        t["NoOverdue"]);

    private static IEnumerable<ReportBlock> Voice(BoardReport board, ReportTexts t)
    {
        yield return new ReportParagraph(t["VoiceIntro"]);
        if (board.Concerns.TryGetValue(out var c))
        {
            yield return new ReportTable("concerns", t["ConcernsCaption", c.Total, c.Open],
                [new(t["ColCategory"]), new(t["ColCount"], ReportColumnKind.Number)],
                [.. c.ByCategory.Select(x => (IReadOnlyList<ReportCell>)[t.Voice["Category_" + x.Category].Value, Cells.Count(x.Count)])],
                null, t["NoConcerns"]);
        }
        else
        {
            yield return t.Unavailable(board.Concerns.Error!);
        }

        if (board.Requests.TryGetValue(out var r))
        {
            yield return new ReportTable("requests", t["RequestsCaption", r.Total, r.Open, r.Overdue],
                [new(t["ColKind"]), new(t["ColCount"], ReportColumnKind.Number)],
                [.. r.ByKind.OrderBy(x => x.Key).Select(x => (IReadOnlyList<ReportCell>)[t.Voice["Kind_" + x.Key].Value, Cells.Count(x.Value)])],
                null, t["NoRequests"]);
        }
        else
        {
            yield return t.Unavailable(board.Requests.Error!);
        }
    }
}

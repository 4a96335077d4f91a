using Regie.Core.Documents;
using Regie.Workplace.Consultation;
using Regie.Workplace.Notices;
using Regie.Workplace.Reports;

namespace Regie.Web.Reports;

/// <summary>
/// The works council's part: what is required, each advice or consent procedure with its dates, questions, meetings,
/// position, decision and conditions, the art. 26(7) worker notice and the GDPR art. 35(9) opinion.
/// </summary>
internal static class ConsultationSections
{
    public static ReportSection Section(SystemReport report, ReportTexts t)
    {
        if (!report.Consultation.TryGetValue(out var dossier))
        {
            return new ReportSection("consultation", t["SectionConsultation"], t.Unavailable(report.Consultation.Error!));
        }

        var needs = dossier.Requirements;
        var required = new List<string>();
        if (needs.AdviceRequired) { required.Add(t.Consultation["Kind_Advice"]); }
        if (needs.ConsentRequired) { required.Add(t.Consultation["Kind_Consent"]); }
        if (needs.NoticeRequired) { required.Add(t["NeedNotice"]); }
        if (needs.DecisionSubjectNoticeRequired) { required.Add(t["NeedDecisionSubjectNotice"]); }

        List<ReportBlock> blocks =
        [
            new ReportParagraph(t["RequiredIntro"]),
            required.Count == 0 ? new ReportNotice(t["NothingRequired"], ReportNoticeKind.Info) : new ReportList(required),
        ];
        if (report.Procedures.Count == 0)
        {
            blocks.Add(new ReportNotice(t["NoProcedure"], needs.AdviceRequired || needs.ConsentRequired ? ReportNoticeKind.Warning : ReportNoticeKind.Info));
        }

        var subsections = report.Procedures.OrderBy(p => p.Procedure.CreatedAt).Select((p, i) => Procedure(p, i + 1, report, t)).ToList();
        subsections.Add(Notices(dossier, t));
        return new ReportSection("consultation", t["SectionConsultation"], blocks, subsections);
    }

    private static ReportSection Procedure(ProcedureView view, int n, SystemReport report, ReportTexts t)
    {
        var p = view.Procedure;
        var c = t.Consultation;
        var id = $"procedure-{n}";
        var grounds = Enum.GetValues<LegalGrounds>().Where(g => g != LegalGrounds.None && p.LegalGrounds.HasFlag(g)).Select(g => c["Ground_" + g].Value);
        var facts = new List<ReportFact>
        {
            new(t["ProcedureKind"], c["Kind_" + p.Kind]),
            new(t["LegalGrounds"], string.Join("; ", grounds)),
            new(t["Status"], c["Status_" + p.Status]),
            new(t["SentOn"], ReportTexts.Date(p.SentOn)),
            new(t["AnswerDueOn"], ReportTexts.Date(p.AnswerDueOn)),
            new(t["Position"], p.Position is { } pos ? $"{c["Position_" + pos]} ({ReportTexts.Date(p.PositionOn)})" : t["NotYet"]),
            new(t["DecisionNotifiedOn"], p.DecisionNotifiedOn is { } d ? ReportTexts.Date(d) : t["NotYet"]),
        };
        if (p.DeviatesFromAdvice)
        {
            facts.Add(new(t["SuspensionEndsOn"], ReportTexts.Date(p.SuspensionEndsOn)));
        }

        if (p.AppealDeadline is { } appeal) { facts.Add(new(t["AppealDeadline"], ReportTexts.Date(appeal))); }
        if (p.NullityDeadline is { } nullity) { facts.Add(new(t["NullityDeadline"], ReportTexts.Date(nullity))); }
        if (p.Expert is { } expert) { facts.Add(new(t["Expert"], $"{expert.Name} — {expert.Scope}")); }
        facts.Add(new(t["ClosedOn"], p.ClosedOn is { } closed ? ReportTexts.Date(closed) : t["NotYet"]));
        if (p.EvaluationOn is { } evaluation) { facts.Add(new(t["EvaluationOn"], ReportTexts.Date(evaluation))); }

        List<ReportBlock> blocks =
        [
            new ReportFacts(facts),
            new ReportParagraph($"{t["Motives"]}: {p.Motives}"),
            new ReportParagraph($"{t["Consequences"]}: {p.Consequences}"),
        ];
        if (!string.IsNullOrWhiteSpace(p.ProposedMeasures)) { blocks.Add(new ReportParagraph($"{t["ProposedMeasures"]}: {p.ProposedMeasures}")); }
        if (!string.IsNullOrWhiteSpace(p.PositionText)) { blocks.Add(new ReportParagraph($"{t["PositionText"]}: {p.PositionText}")); }
        if (!string.IsNullOrWhiteSpace(p.DecisionText)) { blocks.Add(new ReportParagraph($"{t["DecisionText"]}: {p.DecisionText}")); }
        if (!string.IsNullOrWhiteSpace(p.DeviationReasons)) { blocks.Add(new ReportParagraph($"{t["DeviationReasons"]}: {p.DeviationReasons}")); }

        blocks.Add(new ReportTable($"{id}-questions", t["QuestionsCaption"],
            [new(t["ColPosted"], ReportColumnKind.Date), new(t["ColQuestion"]), new(t["ColAnswer"])],
            [.. p.Messages.Where(m => m.Kind == MessageKind.Question).Select(m => (IReadOnlyList<ReportCell>)[
                Cells.Date(DateOnly.FromDateTime(m.PostedAt.UtcDateTime)), m.Text, m.Answer ?? t["NotAnswered"]])],
            null, t["NoQuestions"]));
        blocks.Add(new ReportTable($"{id}-meetings", t["MeetingsCaption"],
            [new(t["ColHeldOn"], ReportColumnKind.Date), new(t["ColMinutes"])],
            [.. p.Meetings.Select(m => (IReadOnlyList<ReportCell>)[Cells.Date(m.HeldOn), m.Minutes])],
            null, t["NoMeetings"]));
        blocks.Add(new ReportTable($"{id}-conditions", t["ConditionsCaption"],
            [new(c["Col_Condition"]), new(t["ColOwner"]), new(t["ColDue"], ReportColumnKind.Date), new(c["Col_MeasureStatus"]), new(c["Col_Verified"])],
            [.. view.Conditions.Select(m => (IReadOnlyList<ReportCell>)[
                m.Title, report.Member(m.OwnerMemberId), Cells.Date(m.DueDate), c["MeasureStatus_" + m.Status].Value,
                m.WorksCouncilVerifiedAt is { } at ? ReportTexts.Moment(at) : t["NotYet"]])],
            null, t["NoConditions"]));
        return new ReportSection(id, t["ProcedureHeading", c["Kind_" + p.Kind], n], blocks);
    }

    private static ReportSection Notices(ConsultationDossier dossier, ReportTexts t)
    {
        var c = t.Consultation;
        var notices = dossier.Notices.Select(n => (IReadOnlyList<ReportCell>)[
            string.Join(", ", Enum.GetValues<NoticeAudience>().Where(a => a != NoticeAudience.None && n.Audience.HasFlag(a)).Select(a => c["Audience_" + a].Value)),
            t[$"NoticeStatus_{n.Status}"], Cells.Date(n.SentOn), n.Channel]).ToList();
        var dpia = dossier.DpiaOpinion is { } o
            ? new ReportFacts([
                new(t["DpiaStatus"], c["DpiaStatus_" + o.Status]),
                new(t["DpiaSoughtOn"], ReportTexts.Date(o.SoughtOn)),
                new(t["DpiaOpinion"], o.Opinion ?? o.ReasonNotSought ?? ""),
            ])
            : (ReportBlock)new ReportNotice(t["NoDpiaOpinion"], ReportNoticeKind.Info);
        return new ReportSection("notices", t["SectionNotices"],
            new ReportTable("worker-notices", t["NoticesCaption"],
                [new(t["ColAudience"]), new(t["ColStatus"]), new(t["ColSentOn"], ReportColumnKind.Date), new(t["ColChannel"])],
                notices, null, t["NoNotices"]),
            dpia);
    }
}

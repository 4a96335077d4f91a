using Regie.Workplace.Consultation;
using Regie.Workplace.Measures;
using Regie.Workplace.Notices;

namespace Regie.Web.Api.Workplace;

/// <summary>A works-council procedure over the API, with its terms as dates.</summary>
internal sealed record ProcedureDto(
    Guid Id, Guid AiSystemId, ConsultationKind Kind, LegalGrounds LegalGrounds, ConsultationStatus Status,
    string Motives, string Consequences, string? ProposedMeasures, bool RequiredBeforeUse, int AnswerTermMonths,
    DateOnly? SentOn, DateOnly? AnswerDueOn, CouncilPosition? Position, string? PositionText, DateOnly? PositionOn,
    string? DecisionText, DateOnly? DecisionNotifiedOn, bool DeviatesFromAdvice, string? DeviationReasons,
    DateOnly? SuspensionEndsOn, DateOnly? AppealDeadline, DateOnly? NullityDeadline, DateOnly? AppealedOn,
    DateOnly? SubstituteConsentRequestedOn, bool? SubstituteConsentGranted, string? ClosingNote, DateOnly? ClosedOn,
    DateOnly? EvaluationOn, ExpertDto? Expert, MeetingDto[] Meetings, MessageDto[] Messages, ConditionDto[] Conditions,
    ConsultationStatus[] NextSteps);

internal sealed record ExpertDto(string Name, string Scope, decimal? CostEstimate, DateOnly NoticeOn, DateOnly? CostApprovedOn, Guid? MemberId, DateOnly? AccessUntil);

internal sealed record MeetingDto(Guid Id, DateOnly HeldOn, string Minutes);

internal sealed record MessageDto(Guid Id, MessageKind Kind, string Text, DateTimeOffset PostedAt, string? Answer, DateTimeOffset? AnsweredAt);

internal sealed record ConditionDto(Guid Id, string Title, MeasureStatus Status, bool VerifiedByWorksCouncil, DateTimeOffset? VerifiedAt);

internal sealed record NoticeDto(Guid Id, NoticeAudience Audience, string What, string Why, string Decisions, string Oversight,
    string Rights, string Contact, string Channel, NoticeStatus Status, DateOnly? SentOn);

internal sealed record DpiaOpinionDto(DpiaOpinionStatus Status, DateOnly? SoughtOn, string? SoughtFrom, string? Opinion, string? ReasonNotSought);

internal sealed record DossierDto(Guid AiSystemId, ConsultationRequirements Requirements, ProcedureDto[] Procedures, NoticeDto[] Notices, DpiaOpinionDto? DpiaOpinion);

internal static class ConsultationDtoMapping
{
    public static ProcedureDto ToDto(this ConsultationProcedure p, IReadOnlyList<Measure>? conditions = null) => new(
        p.Id, p.AiSystemId, p.Kind, p.LegalGrounds, p.Status, p.Motives, p.Consequences, p.ProposedMeasures, p.RequiredBeforeUse,
        p.AnswerTermMonths, p.SentOn, p.AnswerDueOn, p.Position, p.PositionText, p.PositionOn, p.DecisionText, p.DecisionNotifiedOn,
        p.DeviatesFromAdvice, p.DeviationReasons, p.SuspensionEndsOn, p.AppealDeadline, p.NullityDeadline, p.AppealedOn,
        p.SubstituteConsentRequestedOn, p.SubstituteConsentGranted, p.ClosingNote, p.ClosedOn, p.EvaluationOn,
        p.Expert is { } e ? new ExpertDto(e.Name, e.Scope, e.CostEstimate, e.NoticeOn, e.CostApprovedOn, e.MemberId, e.AccessUntil) : null,
        [.. p.Meetings.Select(m => new MeetingDto(m.Id, m.HeldOn, m.Minutes))],
        [.. p.Messages.Select(m => new MessageDto(m.Id, m.Kind, m.Text, m.PostedAt, m.Answer, m.AnsweredAt))],
        [.. (conditions ?? []).Select(c => c.ToConditionDto())],
        [.. ConsultationFlow.NextFrom(p.Status)]);

    public static ConditionDto ToConditionDto(this Measure c) =>
        new(c.Id, c.Title, c.Status, c.WorksCouncilVerifiedAt is not null, c.WorksCouncilVerifiedAt);

    public static NoticeDto ToDto(this WorkerNotice n) =>
        new(n.Id, n.Audience, n.What, n.Why, n.Decisions, n.Oversight, n.Rights, n.Contact, n.Channel, n.Status, n.SentOn);

    public static DpiaOpinionDto ToDto(this DpiaOpinion o) => new(o.Status, o.SoughtOn, o.SoughtFrom, o.Opinion, o.ReasonNotSought);

    public static DossierDto ToDto(this ConsultationDossier d) => new(d.System.Id, d.Requirements,
        [.. d.Procedures.Select(p => p.ToDto())], [.. d.Notices.Select(n => n.ToDto())], d.DpiaOpinion?.ToDto());
}

using Regie.Workplace.Assessments;
using Regie.Workplace.Measures;
using Regie.Workplace.Organisations;

namespace Regie.Web.Api.Workplace;

internal sealed record AssessmentSummaryDto(
    Guid Id, Guid AiSystemId, Guid WorkerGroupId, string WorkerGroupName, ContractTypes ContractTypes, int Version,
    AssessmentStatus Status, DateTimeOffset CreatedAt, Guid? SupersededById);

internal sealed record TaskEffectDto(
    Guid Id, Guid? JobTaskId, string Text, TaskEffectKind Effect, int? TimeSharePercent, int? ExpectedTimeSharePercent, string? Note, int Position);

internal sealed record SignalAnswerDto(
    string Code, SignalPresence Presence, SignalDirection? Direction, string? Evidence, EvidenceSources Sources,
    int? Likelihood, int? Scale, int? Scope, int? Irremediability, Guid? AnsweredByMemberId, DateTimeOffset AnsweredAt);

internal sealed record OpinionDto(Guid Id, OpinionKind Kind, OpinionPosition Position, string Text, Guid? GivenByMemberId, DateTimeOffset GivenAt);

internal sealed record RiskDto(
    Guid Id, Guid OriginRiskId, Guid AssessmentId, string? SignalCode, string Title, string? Description,
    int Likelihood, int Severity, int Score, Guid? OwnerMemberId);

internal sealed record MeasureDto(
    Guid Id, Guid AiSystemId, string Title, string? Description, MeasureSource Source, Guid? SourceId, Guid? OwnerMemberId,
    DateOnly? DueDate, MeasureStatus Status, string? NotImplementedReason, string? Evidence, string? VerifiedBy,
    bool NeedsWorksCouncilVerification, DateTimeOffset? WorksCouncilVerifiedAt, Guid? WorksCouncilVerifiedByMemberId, bool IsSettled);

internal sealed record AssessmentStateDto(Guid Id, int Version, AssessmentStatus Status, string? LastComment);

internal sealed record AssessmentMoveDto(AssessmentStatus To, bool Allowed);

internal sealed record AssessmentDetailDto(
    AssessmentSummaryDto Assessment, string AiSystemName, string InstrumentVersion, string? ReopenReason, string? LastComment,
    IReadOnlyList<TaskEffectDto> Tasks, IReadOnlyList<SignalAnswerDto> Signals, IReadOnlyList<OpinionDto> Opinions,
    IReadOnlyList<RiskDto> Risks, IReadOnlyList<MeasureDto> Measures, IReadOnlyList<AssessmentMoveDto> Moves,
    IReadOnlyList<OpinionKind> RequiredOpinions);

internal sealed record SignalDefinitionDto(string Code, string Kind, string Level, string Theme, string Dutch, string English, bool Unverified);

internal sealed record InstrumentDto(string Urn, string Version, string Citation, IReadOnlyList<SignalDefinitionDto> Signals);

internal static class AssessmentDtoMapping
{
    public static AssessmentSummaryDto ToDto(this JobImpactAssessment a, WorkerGroup g) =>
        new(a.Id, a.AiSystemId, g.Id, g.Name, g.ContractTypes, a.Version, a.Status, a.CreatedAt, a.SupersededById);

    public static AssessmentSummaryDto ToDto(this AssessmentSummary s) => s.Assessment.ToDto(s.WorkerGroup);

    public static TaskEffectDto ToDto(this TaskEffect t) =>
        new(t.Id, t.JobTaskId, t.Text, t.Effect, t.TimeSharePercent, t.ExpectedTimeSharePercent, t.Note, t.Position);

    public static SignalAnswerDto ToDto(this SignalAnswer s) =>
        new(s.Code, s.Presence, s.Direction, s.Evidence, s.Sources, s.Likelihood, s.Scale, s.Scope, s.Irremediability, s.AnsweredByMemberId, s.AnsweredAt);

    public static OpinionDto ToDto(this Opinion o) => new(o.Id, o.Kind, o.Position, o.Text, o.GivenByMemberId, o.GivenAt);

    public static RiskDto ToDto(this Risk r) =>
        new(r.Id, r.OriginRiskId, r.AssessmentId, r.SignalCode, r.Title, r.Description, r.Likelihood, r.Severity, r.Score, r.OwnerMemberId);

    public static MeasureDto ToDto(this Measure m) =>
        new(m.Id, m.AiSystemId, m.Title, m.Description, m.Source, m.SourceId, m.OwnerMemberId, m.DueDate, m.Status, m.NotImplementedReason,
            m.Evidence, m.VerifiedBy, m.NeedsWorksCouncilVerification, m.WorksCouncilVerifiedAt, m.WorksCouncilVerifiedByMemberId, m.IsSettled);

    public static AssessmentDetailDto ToDto(this AssessmentDetail d) => new(
        d.Assessment.ToDto(d.WorkerGroup), d.AiSystemName, d.Assessment.InstrumentVersion, d.Assessment.ReopenReason, d.Assessment.LastComment,
        [.. d.Assessment.Tasks.Select(t => t.ToDto())], [.. d.Assessment.Signals.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => s.ToDto())],
        [.. d.Assessment.Opinions.OrderBy(o => o.Kind).Select(o => o.ToDto())], [.. d.Risks.Select(r => r.ToDto())],
        [.. d.Measures.Select(m => m.ToDto())], [.. d.Moves.Select(m => new AssessmentMoveDto(m.To, m.Allowed))], d.RequiredOpinions);

    public static InstrumentDto ToDto(this JobImpactInstrument i) => new(i.Urn, i.Version, i.Citation,
        [.. i.Signals.Select(s => new SignalDefinitionDto(s.Code, s.IsOpportunity ? "opportunity" : "risk", s.WorkerLevel ? "worker" : "labour-market",
            s.Theme, s.Dutch, s.English, s.Unverified))]);
}

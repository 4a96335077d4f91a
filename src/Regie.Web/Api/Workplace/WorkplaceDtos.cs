using Regie.Workplace.Audit;
using Regie.Workplace.JobProfiles;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Web.Api.Workplace;

internal sealed record OrganisationDto(Guid Id, string Name, string KvkNumber, string SbiSection, SizeClass Size, bool HasWorksCouncil);

internal sealed record MyOrganisationDto(Guid Id, string Name, Role Roles);

internal sealed record OrgUnitDto(Guid Id, string Name, Guid? ParentId);

internal sealed record WorkerGroupDto(Guid Id, string Name, Guid? OrgUnitId, ContractTypes ContractTypes, HeadcountBand Headcount, string? Location);

internal sealed record JobProfileDto(Guid Id, string Title, string IscoCode, string? EscoUri, Guid? WorkerGroupId, IReadOnlyList<JobTaskDto> Tasks);

internal sealed record JobTaskDto(Guid Id, string Text, TaskOrigin Origin, string? SourceRef, int? TimeSharePercent, int Position);

internal sealed record MemberDto(Guid Id, string DisplayName, string Email, Role Roles, DateTimeOffset JoinedAt);

internal sealed record InvitationDto(Guid Id, string Email, Role Roles, DateTimeOffset ExpiresAt);

internal sealed record InvitationSentDto(Guid Id, string Email, Role Roles, DateTimeOffset ExpiresAt, string Link);

internal sealed record AiSystemDto(
    Guid Id, string Name, string Purpose, string Provider, string? Version, DecisionTypes DecisionTypes, string? DataUsed,
    bool MonitoringCapable, string? PlainLanguageSummary, string? ContactPoint, AiSystemStatus Status, Guid OwnerMemberId,
    IReadOnlyList<Guid> WorkerGroupIds, IReadOnlyList<Guid> JobProfileIds, IReadOnlyList<Guid> OverseerMemberIds);

internal sealed record AiSystemDetailDto(AiSystemDto System, ScreeningDto? LatestScreening, IReadOnlyList<DutyDto> Duties, IReadOnlyList<NextMoveDto> NextMoves);

internal sealed record ScreeningDto(Guid Id, RiskClass RiskClass, IReadOnlyList<ScreeningReason> Reasons, ScreeningAnswers Answers, DateTimeOffset ScreenedAt, Guid ScreenedByMemberId);

internal sealed record ScreeningRunDto(ScreeningDto Screening, IReadOnlyList<DutyKind> AiActDuties, IReadOnlyList<DutyDto> Duties);

internal sealed record DutyDto(Guid Id, DutyKind Kind, bool BeforeUse, Guid? OwnerMemberId, DateOnly? DueDate, DutyStatus Status, string? Evidence, DateTimeOffset? CompletedAt);

internal sealed record NextMoveDto(AiSystemStatus To, bool Allowed, bool Ready, IReadOnlyList<GateIssue> Missing);

internal sealed record MoveRequest(AiSystemStatus To);

internal sealed record AcceptInvitationRequest(string? Token);

internal sealed record InviteRequest(string? Email, Role Roles);

internal sealed record RolesRequest(Role Roles);

internal sealed record AuditEventDto(long Sequence, DateTimeOffset At, string ActorId, string ActorName, string ActorRoles, string Action, string EntityType, string EntityId, string? Before, string? After, string Hash);

internal sealed record AuditPageDto(IReadOnlyList<AuditEventDto> Events, int Page, int PageSize, int Total, bool ChainIntact, long? FirstBreak);

internal static class WorkplaceDtoMapping
{
    public static OrganisationDto ToDto(this Organisation o) => new(o.Id, o.Name, o.KvkNumber, o.SbiCode, o.Size, o.HasWorksCouncil);

    public static OrgUnitDto ToDto(this OrgUnit u) => new(u.Id, u.Name, u.ParentId);

    public static WorkerGroupDto ToDto(this WorkerGroup g) => new(g.Id, g.Name, g.OrgUnitId, g.ContractTypes, g.Headcount, g.Location);

    public static JobProfileDto ToDto(this JobProfile p) => new(p.Id, p.Title, p.IscoCode, p.EscoUri, p.WorkerGroupId,
        [.. p.Tasks.OrderBy(t => t.Position).Select(t => t.ToDto())]);

    public static JobTaskDto ToDto(this JobTask t) => new(t.Id, t.Text, t.Origin, t.SourceRef, t.TimeSharePercent, t.Position);

    public static MemberDto ToDto(this Member m) => new(m.Id, m.DisplayName, m.Email, m.Roles, m.JoinedAt);

    public static InvitationDto ToDto(this Invitation i) => new(i.Id, i.Email, i.Roles, i.ExpiresAt);

    public static AiSystemDto ToDto(this AiSystem s) => new(s.Id, s.Name, s.Purpose, s.Provider, s.Version, s.DecisionTypes, s.DataUsed,
        s.MonitoringCapable, s.PlainLanguageSummary, s.ContactPoint, s.Status, s.OwnerMemberId,
        [.. s.WorkerGroups.Select(l => l.WorkerGroupId).Order()], [.. s.JobProfiles.Select(l => l.JobProfileId).Order()],
        [.. s.Overseers.Select(l => l.MemberId).Order()]);

    public static ScreeningDto ToDto(this ScreeningRecord r) => new(r.Id, r.RiskClass, r.Reasons, r.Answers, r.ScreenedAt, r.ScreenedByMemberId);

    public static DutyDto ToDto(this Duty d) => new(d.Id, d.Kind, d.BeforeUse, d.OwnerMemberId, d.DueDate, d.Status, d.Evidence, d.CompletedAt);

    public static AiSystemDetailDto ToDto(this AiSystemDetail d) => new(d.System.ToDto(), d.LatestScreening?.ToDto(),
        [.. d.Duties.Select(x => x.ToDto())],
        [.. d.NextMoves.Select(m => new NextMoveDto(m.To, m.Allowed, m.Ready, [.. m.Gates.SelectMany(g => g.Missing)]))]);

    public static AuditEventDto ToDto(this AuditEvent e) => new(e.Sequence, e.At, e.ActorId, e.ActorName, e.ActorRoles, e.Action, e.EntityType, e.EntityId, e.Before, e.After, e.Hash);
}

using Regie.Workplace.Audit;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Cli.Commands.Org;

// The --json shapes of the regie org commands: plain records, so the JSON does not change when an entity grows.

/// <summary>One organisation, with how many members and AI systems it has.</summary>
internal sealed record OrganisationRow(
    Guid Id, string Name, string KvkNumber, string SbiSection, SizeClass Size, bool HasWorksCouncil, DateTimeOffset CreatedAt, int Members, int AiSystems)
{
    public static OrganisationRow Of(Organisation o, int members, int aiSystems) =>
        new(o.Id, o.Name, o.KvkNumber, o.SbiCode, o.Size, o.HasWorksCouncil, o.CreatedAt, members, aiSystems);
}

/// <summary>An organisation in full: its structure and its AI register.</summary>
internal sealed record OrganisationDetail(
    OrganisationRow Organisation,
    IReadOnlyList<UnitRow> Units,
    IReadOnlyList<WorkerGroupRow> WorkerGroups,
    IReadOnlyList<JobProfileRow> JobProfiles,
    IReadOnlyList<AiSystemRow> AiSystems);

internal sealed record UnitRow(Guid Id, string Name, string? Parent);

internal sealed record WorkerGroupRow(Guid Id, string Name, string? Unit, ContractTypes ContractTypes, HeadcountBand Headcount, string? Location);

internal sealed record JobProfileRow(Guid Id, string Title, string IscoCode, string? WorkerGroup, int Tasks);

/// <summary>An AI system with its latest screening's class and its open duties (withdrawn ones not counted).</summary>
internal sealed record AiSystemRow(Guid Id, string Name, string Provider, AiSystemStatus Status, RiskClass? RiskClass, int Duties, int OpenDuties, int Overseers);

internal sealed record MemberRow(Guid Id, string DisplayName, string Email, Role Roles, DateTimeOffset JoinedAt)
{
    public static MemberRow Of(Member m) => new(m.Id, m.DisplayName, m.Email, m.Roles, m.JoinedAt);
}

internal sealed record InvitationRow(Guid Id, string Email, Role Roles, DateTimeOffset ExpiresAt);

/// <summary>The members of an organisation and the invitations not yet accepted or revoked.</summary>
internal sealed record MemberList(IReadOnlyList<MemberRow> Members, IReadOnlyList<InvitationRow> PendingInvitations);

/// <summary>An invitation just sent, with the link that was mailed (shown once).</summary>
internal sealed record InvitationSentRow(Guid Id, string Email, Role Roles, DateTimeOffset ExpiresAt, string Link);

internal sealed record AuditEventRow(
    long Sequence, DateTimeOffset At, string ActorId, string ActorName, string ActorRoles, string Action, string EntityType, string EntityId,
    string? Before, string? After, string Hash)
{
    public static AuditEventRow Of(AuditEvent e) =>
        new(e.Sequence, e.At, e.ActorId, e.ActorName, e.ActorRoles, e.Action, e.EntityType, e.EntityId, e.Before, e.After, e.Hash);
}

/// <summary>The whole audit log in sequence order; <see cref="FirstBreak"/> is the first event that breaks the hash chain.</summary>
internal sealed record AuditLogView(bool ChainIntact, long? FirstBreak, IReadOnlyList<AuditEventRow> Events, string? CsvFile);

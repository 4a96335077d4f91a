using Microsoft.EntityFrameworkCore;
using Regie.Workplace.Assessments;
using Regie.Workplace.Audit;
using Regie.Workplace.Consultation;
using Regie.Workplace.JobProfiles;
using Regie.Workplace.Measures;
using Regie.Workplace.Notices;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Pulse;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Workplace;

/// <summary>
/// The Workplace's operational data, as the use cases see it. Implemented by Regie.Storage on SQLite or
/// PostgreSQL; every set of tenant-owned rows is already filtered to the current organisation
/// (<see cref="Tenancy.ITenantScope"/>), and saving audits every change (ADR 0008).
/// </summary>
public interface IWorkplaceDb
{
    /// <summary>Organisations; filtered to the current organisation like the other sets.</summary>
    DbSet<Organisation> Organisations { get; }

    DbSet<OrgUnit> OrgUnits { get; }

    DbSet<WorkerGroup> WorkerGroups { get; }

    DbSet<JobProfile> JobProfiles { get; }

    DbSet<JobTask> JobTasks { get; }

    DbSet<Member> Members { get; }

    DbSet<Invitation> Invitations { get; }

    DbSet<AiSystem> AiSystems { get; }

    DbSet<ScreeningRecord> Screenings { get; }

    DbSet<Duty> Duties { get; }

    DbSet<Measure> Measures { get; }

    // Concerns and requests (issue 5, item 4: voice).
    DbSet<Concerns.Concern> Concerns { get; }

    DbSet<Concerns.ConcernMessage> ConcernMessages { get; }

    DbSet<Requests.DecisionRequest> DecisionRequests { get; }

    /// <summary>A concern by the hash of its raiser's secret link, whatever the current organisation; not tracked.</summary>
    Task<Concerns.Concern?> FindConcernAsync(string tokenHash, CancellationToken ct);
    // Job impact assessment (issue 5, item 1).
    DbSet<JobImpactAssessment> JobImpactAssessments { get; }

    DbSet<TaskEffect> TaskEffects { get; }

    DbSet<SignalAnswer> SignalAnswers { get; }

    DbSet<Opinion> Opinions { get; }

    DbSet<Risk> Risks { get; }
    // Pulse (issue 5 item 3): employer-side set-up and flags only; answers live in the vault (IPulseVault).
    DbSet<PulseSurvey> PulseSurveys { get; }

    DbSet<PulseWave> PulseWaves { get; }

    DbSet<PulseLinkBatch> PulseLinkBatches { get; }

    DbSet<PulseThreshold> PulseThresholds { get; }

    DbSet<PulseFlag> PulseFlags { get; }
    // --- Oversight in practice (issue 5 item 5) ---

    DbSet<Oversight.OversightDesign> OversightDesigns { get; }

    DbSet<Oversight.OversightAssignment> OversightAssignments { get; }

    DbSet<Oversight.OversightEvent> OversightEvents { get; }

    DbSet<Oversight.OversightApiKey> OversightApiKeys { get; }

    /// <summary>An oversight API key by the hash of its secret, whatever the current organisation (the key names it).</summary>
    Task<Oversight.OversightApiKey?> FindOversightApiKeyAsync(string tokenHash, CancellationToken ct);
    // Works-council consultation (issue 5, item 2: wor)
    DbSet<ConsultationProcedure> ConsultationProcedures { get; }

    DbSet<ConsultationMeeting> ConsultationMeetings { get; }

    DbSet<ConsultationMessage> ConsultationMessages { get; }

    DbSet<WorkerNotice> WorkerNotices { get; }

    DbSet<DpiaOpinion> DpiaOpinions { get; }
    // AI literacy (issue 5, item 6: literacy)
    DbSet<Literacy.LiteracyProfile> LiteracyProfiles { get; }

    DbSet<Literacy.LiteracyScore> LiteracyScores { get; }

    DbSet<Literacy.RoleLiteracyRequirement> RoleLiteracyRequirements { get; }

    DbSet<Literacy.SystemLiteracyRequirement> SystemLiteracyRequirements { get; }

    DbSet<Literacy.TrainingRecord> TrainingRecords { get; }

    /// <summary>The audit log; read-only in practice: storage refuses to update or delete events.</summary>
    DbSet<AuditEvent> AuditEvents { get; }

    /// <summary>Memberships of one account across all organisations (the only cross-tenant read).</summary>
    IQueryable<Member> MembershipsOf(string userId);

    /// <summary>
    /// Every organisation, whatever the current one. For the administrator's command line only (<c>regie org list</c>,
    /// finding an organisation by id before entering it, <c>regie demo seed</c>); use cases and pages never call it.
    /// </summary>
    IQueryable<Organisation> AllOrganisations();

    /// <summary>An open invitation by the hash of its secret, whatever the current organisation.</summary>
    Task<Invitation?> FindInvitationAsync(string tokenHash, CancellationToken ct);

    Task<int> SaveChangesAsync(CancellationToken ct = default);
}

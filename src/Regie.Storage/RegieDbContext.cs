using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Regie.Monitor.Scenarios.Saved;
using Regie.Storage.Auditing;
using Regie.Storage.Identity;
using Regie.Storage.Model;
using Regie.Workplace;
using Regie.Workplace.Assessments;
using Regie.Workplace.Audit;
using Regie.Workplace.Consultation;
using Regie.Workplace.JobProfiles;
using Regie.Workplace.Measures;
using Regie.Workplace.Notices;
using Regie.Workplace.Organisations;
using Regie.Workplace.Oversight;
using Regie.Workplace.People;
using Regie.Workplace.Pulse;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;
using Regie.Workplace.Tenancy;

namespace Regie.Storage;

/// <summary>
/// Regie's operational database: sign-in accounts (ASP.NET Core Identity), the Workplace and saved lab scenarios. Every tenant-owned set is
/// filtered to the current organisation of <see cref="ITenantScope"/>; saving refuses rows of another organisation,
/// refuses to change or delete audit events, and appends an audit event for every change (ADR 0008).
/// Provider-specific subclasses carry the migrations.
/// </summary>
public abstract class RegieDbContext(DbContextOptions options, ITenantScope scope, TimeProvider time)
    : IdentityDbContext<RegieUser>(options), IWorkplaceDb
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<WorkerGroup> WorkerGroups => Set<WorkerGroup>();

    public DbSet<JobProfile> JobProfiles => Set<JobProfile>();

    public DbSet<JobTask> JobTasks => Set<JobTask>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<AiSystem> AiSystems => Set<AiSystem>();

    public DbSet<ScreeningRecord> Screenings => Set<ScreeningRecord>();

    public DbSet<Duty> Duties => Set<Duty>();

    public DbSet<Measure> Measures => Set<Measure>();

    // Job impact assessment (issue 5, item 1).
    public DbSet<JobImpactAssessment> JobImpactAssessments => Set<JobImpactAssessment>();

    public DbSet<TaskEffect> TaskEffects => Set<TaskEffect>();

    public DbSet<SignalAnswer> SignalAnswers => Set<SignalAnswer>();

    public DbSet<Opinion> Opinions => Set<Opinion>();

    public DbSet<Risk> Risks => Set<Risk>();
    // Pulse (issue 5 item 3): employer-side set-up and flags; answers are in PulseVaultDbContext.
    public DbSet<PulseSurvey> PulseSurveys => Set<PulseSurvey>();

    public DbSet<PulseWave> PulseWaves => Set<PulseWave>();

    public DbSet<PulseLinkBatch> PulseLinkBatches => Set<PulseLinkBatch>();

    public DbSet<PulseThreshold> PulseThresholds => Set<PulseThreshold>();

    public DbSet<PulseFlag> PulseFlags => Set<PulseFlag>();
    // Works-council consultation (issue 5, item 2: wor)
    public DbSet<ConsultationProcedure> ConsultationProcedures => Set<ConsultationProcedure>();

    public DbSet<ConsultationMeeting> ConsultationMeetings => Set<ConsultationMeeting>();

    public DbSet<ConsultationMessage> ConsultationMessages => Set<ConsultationMessage>();

    public DbSet<WorkerNotice> WorkerNotices => Set<WorkerNotice>();

    public DbSet<DpiaOpinion> DpiaOpinions => Set<DpiaOpinion>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    // Concerns and requests (issue 5, item 4: voice).
    public DbSet<Workplace.Concerns.Concern> Concerns => Set<Workplace.Concerns.Concern>();

    public DbSet<Workplace.Concerns.ConcernMessage> ConcernMessages => Set<Workplace.Concerns.ConcernMessage>();

    public DbSet<Workplace.Requests.DecisionRequest> DecisionRequests => Set<Workplace.Requests.DecisionRequest>();

    public Task<Workplace.Concerns.Concern?> FindConcernAsync(string tokenHash, CancellationToken ct) =>
        Concerns.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(c => c.TokenHash == tokenHash, ct);
    // --- Oversight in practice (issue 5 item 5) ---
    public DbSet<OversightDesign> OversightDesigns => Set<OversightDesign>();

    public DbSet<OversightAssignment> OversightAssignments => Set<OversightAssignment>();

    public DbSet<OversightEvent> OversightEvents => Set<OversightEvent>();

    public DbSet<OversightApiKey> OversightApiKeys => Set<OversightApiKey>();

    public Task<OversightApiKey?> FindOversightApiKeyAsync(string tokenHash, CancellationToken ct) =>
        OversightApiKeys.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(k => k.TokenHash == tokenHash, ct);

    // AI literacy (issue 5, item 6: literacy)
    public DbSet<Workplace.Literacy.LiteracyProfile> LiteracyProfiles => Set<Workplace.Literacy.LiteracyProfile>();

    public DbSet<Workplace.Literacy.LiteracyScore> LiteracyScores => Set<Workplace.Literacy.LiteracyScore>();

    public DbSet<Workplace.Literacy.RoleLiteracyRequirement> RoleLiteracyRequirements => Set<Workplace.Literacy.RoleLiteracyRequirement>();

    public DbSet<Workplace.Literacy.SystemLiteracyRequirement> SystemLiteracyRequirements => Set<Workplace.Literacy.SystemLiteracyRequirement>();

    public DbSet<Workplace.Literacy.TrainingRecord> TrainingRecords => Set<Workplace.Literacy.TrainingRecord>();

    /// <summary>Scenarios saved in the public scenario lab (no organisation).</summary>
    public DbSet<SavedScenario> SavedScenarios => Set<SavedScenario>();

    /// <summary>The organisation the query filters use; read on every query, so it follows the scope.</summary>
    internal Guid? CurrentOrganisationId => scope.Actor.OrganisationId;

    public IQueryable<Member> MembershipsOf(string userId) =>
        Members.IgnoreQueryFilters().Where(m => m.UserId == userId);

    public IQueryable<Organisation> AllOrganisations() => Organisations.IgnoreQueryFilters();

    public Task<Invitation?> FindInvitationAsync(string tokenHash, CancellationToken ct) =>
        Invitations.IgnoreQueryFilters().FirstOrDefaultAsync(i => i.TokenHash == tokenHash, ct);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var trail = new AuditTrail(this, scope.Actor, time);
        trail.Guard();
        await trail.AppendAsync(cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Regie saves asynchronously, so that the audit trail can be read; use SaveChangesAsync.");

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RegieDbContext).Assembly);
        builder.Entity<Organisation>().HasQueryFilter(o => o.Id == CurrentOrganisationId);
        TenantFilters.Apply(builder, this);
    }
}

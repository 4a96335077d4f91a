using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
using Regie.Workplace.Tenancy;

namespace Regie.Workplace;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Workplace use cases and queries (scoped) and the lifecycle gates. Needs <see cref="IWorkplaceDb"/>
    /// (Regie.Storage), <see cref="IOccupationTasks"/> and <see cref="ISectorCatalog"/> (Regie.Data) and an
    /// <see cref="Messaging.IOutbox"/>.
    /// </summary>
    public static IServiceCollection AddRegieWorkplace(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ITenantScope, TenantScope>();
        services.TryAddSingleton<IOccupationTasks, JobProfiles.Catalog.OccupationTasks>();
        services.TryAddSingleton<ISectorCatalog, SectorCatalog>();
        services.TryAddScoped<OrganisationSetup>();
        services.TryAddScoped<OrganisationQueries>();
        services.TryAddScoped<Membership>();
        services.TryAddScoped<JobProfileEditor>();
        services.TryAddScoped<AiRegister>();
        services.TryAddScoped<RegisterQueries>();
        services.TryAddScoped<RegisterLookups>();
        services.TryAddScoped<InternalRegister>();
        services.TryAddScoped<ScreeningDesk>();
        services.TryAddScoped<DutyEditor>();
        services.TryAddScoped<AuditLog>();
        services.TryAddScoped<Concerns.ConcernDesk>(); // voice: concerns and requests
        services.TryAddScoped<Concerns.ConcernCases>();
        services.TryAddScoped<Requests.DecisionRequests>();
        services.TryAddScoped<PulseSurveys>(); // Pulse: needs an IPulseVault (Regie.Storage)
        services.TryAddScoped<PulseWaves>();
        services.TryAddScoped<PulseThresholdCheck>();
        services.TryAddScoped<PulseQueries>();
        services.TryAddScoped<PulseAnswering>();
        // Oversight in practice (issue 5 item 5); the host binds OversightOptions to its configuration.
        services.AddOptions<Oversight.OversightOptions>();
        services.TryAddScoped<Oversight.OversightDesigner>();
        services.TryAddScoped<Oversight.OversightKeys>();
        services.TryAddScoped<Oversight.OversightLog>();
        services.TryAddScoped<Oversight.OversightDashboard>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ILifecycleGate, ScreeningGate>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ILifecycleGate, DutiesGate>());

        // Job impact assessment and measures (issue 5, item 1).
        services.TryAddScoped<AssessmentDesk>();
        services.TryAddScoped<AssessmentReview>();
        services.TryAddScoped<RiskRegister>();
        services.TryAddScoped<AssessmentQueries>();
        services.TryAddScoped<MeasureDesk>();
        services.TryAddScoped<MeasureQueries>(); // walk: the measure pages
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAiSystemChangeHook, AssessmentReopener>());
        // Works-council consultation (issue 5, item 2: wor)
        services.TryAddScoped<ProcedureSteps>();
        services.TryAddScoped<ConsultationDesk>();
        services.TryAddScoped<CouncilDesk>();
        services.TryAddScoped<ConsultationDialogue>();
        services.TryAddScoped<ConsultationDecisions>();
        services.TryAddScoped<ConsultationQueries>();
        services.TryAddScoped<NoticeDesk>();
        services.TryAddScoped<DpiaOpinionDesk>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ILifecycleGate, ConsultationGate>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ILifecycleGate, WorkerNoticeGate>());
        // AI literacy (issue 5, item 6: literacy)
        services.TryAddScoped<Literacy.RequirementResolver>();
        services.TryAddScoped<Literacy.LiteracyDesk>();
        services.TryAddScoped<Literacy.LiteracyQueries>();
        // Reports (issue 5, item 7): read through the feature queries above.
        services.TryAddScoped<Reports.SystemReportReader>();
        services.TryAddScoped<Reports.BoardReportReader>();
        return services;
    }
}

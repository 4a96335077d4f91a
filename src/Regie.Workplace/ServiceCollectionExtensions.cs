using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Regie.Workplace.Audit;
using Regie.Workplace.Consultation;
using Regie.Workplace.JobProfiles;
using Regie.Workplace.Notices;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
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
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ILifecycleGate, ScreeningGate>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ILifecycleGate, DutiesGate>());

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
        return services;
    }
}

using Regie.Workplace.JobProfiles;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Web.Components.Pages.Workplace.Audit;

/// <summary>
/// The entity types an audit event can be about, for the filter. Storage names them by their class, so the names
/// follow the Workplace types; events are never about the audit log itself.
/// </summary>
internal static class AuditEntityTypes
{
    public static IReadOnlyList<string> All { get; } =
    [
        nameof(Organisation), nameof(OrgUnit), nameof(WorkerGroup), nameof(JobProfile), nameof(JobTask), nameof(Member),
        nameof(Invitation), nameof(AiSystem), nameof(AiSystemWorkerGroup), nameof(AiSystemJobProfile),
        nameof(AiSystemOverseer), nameof(ScreeningRecord), nameof(Duty),
    ];
}

using Microsoft.EntityFrameworkCore;
using Regie.Workplace.Consultation;
using Regie.Workplace.Register;

namespace Regie.Workplace.Notices;

/// <summary>
/// AI Act art. 26(7): before a high-risk system is put into service or used at the workplace, the workers'
/// representatives and the affected workers are informed; art. 26(11): so are the people it decides about.
/// Pilot and Live wait until such notices have been sent.
/// </summary>
internal sealed class WorkerNoticeGate(IWorkplaceDb db) : ILifecycleGate
{
    public string Name => "worker-notice";

    public bool Guards(AiSystemStatus from, AiSystemStatus target) => target.IsInUse() && !from.IsInUse();

    public async Task<GateResult> CheckAsync(AiSystem system, CancellationToken ct)
    {
        var needs = await ConsultationGate.ReadRequirementsAsync(db, system, ct);
        var audiences = await db.WorkerNotices.Where(n => n.AiSystemId == system.Id && n.Status == NoticeStatus.Sent)
            .Select(n => n.Audience).ToListAsync(ct);
        var issues = new List<GateIssue>();
        if (needs.NoticeRequired && !audiences.Any(a => a.HasFlag(NoticeAudience.Representatives | NoticeAudience.AffectedWorkers)))
        {
            issues.Add(new GateIssue("notice-26-7-unsent"));
        }

        if (needs.DecisionSubjectNoticeRequired && !audiences.Any(a => a.HasFlag(NoticeAudience.DecisionSubjects)))
        {
            issues.Add(new GateIssue("notice-26-11-unsent"));
        }

        return new GateResult(Name, issues);
    }
}

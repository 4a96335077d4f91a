using Microsoft.EntityFrameworkCore;
using Regie.Workplace.Register;

namespace Regie.Workplace.Assessments;

/// <summary>
/// Reopens validated job impact assessments when their AI system changes in version, purpose, data or worker
/// groups (domain note §2 ChangeEvent, §3): the validated version becomes Superseded and a new version starts in
/// progress with the tasks, signal answers and risks carried over, to be checked again. A group the system no
/// longer affects gets no new version. Runs inside the system edit, so both are saved (and audited) together.
/// </summary>
public sealed class AssessmentReopener(IWorkplaceDb db, TimeProvider time) : IAiSystemChangeHook
{
    public async Task OnChangedAsync(AiSystem system, AiSystemChange change, CancellationToken ct)
    {
        var validated = await db.JobImpactAssessments.Include(a => a.Tasks).Include(a => a.Signals)
            .Where(a => a.AiSystemId == system.Id && a.Status == AssessmentStatus.Validated).ToListAsync(ct);
        var groups = system.WorkerGroups.Select(g => g.WorkerGroupId).ToHashSet();
        foreach (var old in validated)
        {
            var next = NextVersion(old, $"The AI system changed: {change.Describe()}.");
            old.Status = AssessmentStatus.Superseded;
            old.SupersededById = next.Id;
            if (!groups.Contains(old.WorkerGroupId))
            {
                // The group is no longer affected: the old version is superseded without a successor to fill in.
                old.SupersededById = null;
                continue;
            }

            db.JobImpactAssessments.Add(next);
            var risks = await db.Risks.AsNoTracking().Where(r => r.AssessmentId == old.Id).ToListAsync(ct);
            db.Risks.AddRange(risks.Select(r => new Risk
            {
                Id = Guid.NewGuid(),
                OriginRiskId = r.OriginRiskId,
                OrganisationId = r.OrganisationId,
                AssessmentId = next.Id,
                SignalCode = r.SignalCode,
                Title = r.Title,
                Description = r.Description,
                Likelihood = r.Likelihood,
                Severity = r.Severity,
                OwnerMemberId = r.OwnerMemberId,
                CreatedAt = r.CreatedAt,
            }));
        }
    }

    private JobImpactAssessment NextVersion(JobImpactAssessment old, string reason)
    {
        var next = new JobImpactAssessment
        {
            Id = Guid.NewGuid(),
            OrganisationId = old.OrganisationId,
            AiSystemId = old.AiSystemId,
            WorkerGroupId = old.WorkerGroupId,
            Version = old.Version + 1,
            InstrumentVersion = JobImpactInstrument.Shipped.Version,
            Status = AssessmentStatus.InProgress,
            CreatedAt = time.GetUtcNow(),
            ReopenReason = reason,
        };
        next.Tasks.AddRange(old.Tasks.Select(t => new TaskEffect
        {
            Id = Guid.NewGuid(),
            OrganisationId = t.OrganisationId,
            AssessmentId = next.Id,
            JobTaskId = t.JobTaskId,
            Text = t.Text,
            Effect = t.Effect,
            TimeSharePercent = t.TimeSharePercent,
            ExpectedTimeSharePercent = t.ExpectedTimeSharePercent,
            Note = t.Note,
            Position = t.Position,
        }));
        next.Signals.AddRange(old.Signals.Select(s => new SignalAnswer
        {
            Id = Guid.NewGuid(),
            OrganisationId = s.OrganisationId,
            AssessmentId = next.Id,
            Code = s.Code,
            Presence = s.Presence,
            Direction = s.Direction,
            Evidence = s.Evidence,
            Sources = s.Sources,
            Likelihood = s.Likelihood,
            Scale = s.Scale,
            Scope = s.Scope,
            Irremediability = s.Irremediability,
            AnsweredByMemberId = s.AnsweredByMemberId,
            AnsweredAt = s.AnsweredAt,
        }));
        return next;
    }
}

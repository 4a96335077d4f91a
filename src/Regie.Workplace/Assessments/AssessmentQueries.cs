using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.Measures;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Assessments;

/// <summary>One assessment in a list: which group, which version, where it stands.</summary>
public sealed record AssessmentSummary(JobImpactAssessment Assessment, WorkerGroup WorkerGroup);

/// <summary>A review move from the current status and whether the actor may make it.</summary>
public sealed record AssessmentMove(AssessmentStatus To, bool Allowed);

/// <summary>One assessment in full, with its risks, the measures against them and the moves open to the actor.</summary>
public sealed record AssessmentDetail(
    JobImpactAssessment Assessment,
    string AiSystemName,
    WorkerGroup WorkerGroup,
    IReadOnlyList<Risk> Risks,
    IReadOnlyList<Measure> Measures,
    IReadOnlyList<AssessmentMove> Moves,
    IReadOnlyList<OpinionKind> RequiredOpinions)
{
    /// <summary>The measures against one risk (linked by the risk's origin id).</summary>
    public IEnumerable<Measure> MeasuresFor(Risk risk) => Measures.Where(m => m.SourceId == risk.OriginRiskId);
}

/// <summary>Read views of job impact assessments for the roles that see them (the works council included).</summary>
public sealed class AssessmentQueries(IWorkplaceDb db, ITenantScope scope)
{
    public async Task<Result<IReadOnlyList<AssessmentSummary>>> ListForSystemAsync(Guid aiSystemId, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewAssessments) is { } denied)
        {
            return denied;
        }

        if (!await db.AiSystems.AnyAsync(s => s.Id == aiSystemId, ct))
        {
            return new WorkplaceNotFound("AI system", aiSystemId);
        }

        var rows = await db.JobImpactAssessments.AsNoTracking().Where(a => a.AiSystemId == aiSystemId)
            .Join(db.WorkerGroups.AsNoTracking(), a => a.WorkerGroupId, g => g.Id, (a, g) => new { a, g })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.g.Name, StringComparer.CurrentCulture).ThenByDescending(r => r.a.Version)
            .Select(r => new AssessmentSummary(r.a, r.g)).ToList();
    }

    public async Task<Result<AssessmentDetail>> DetailAsync(Guid id, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewAssessments) is { } denied)
        {
            return denied;
        }

        if (await db.JobImpactAssessments.AsNoTracking().Include(a => a.Tasks).Include(a => a.Signals).Include(a => a.Opinions)
            .FirstOrDefaultAsync(a => a.Id == id, ct) is not { } assessment)
        {
            return new WorkplaceNotFound("Assessment", id);
        }

        assessment.Tasks.Sort((x, y) => x.Position.CompareTo(y.Position));
        var systemName = await db.AiSystems.Where(s => s.Id == assessment.AiSystemId).Select(s => s.Name).FirstAsync(ct);
        var group = await db.WorkerGroups.AsNoTracking().FirstAsync(g => g.Id == assessment.WorkerGroupId, ct);
        var risks = await db.Risks.AsNoTracking().Where(r => r.AssessmentId == id).ToListAsync(ct);
        risks = [.. risks.OrderByDescending(r => r.Score).ThenBy(r => r.Title, StringComparer.CurrentCulture)];
        var origins = risks.Select(r => (Guid?)r.OriginRiskId).ToList();
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.Source == MeasureSource.Assessment && origins.Contains(m.SourceId)).ToListAsync(ct);
        var moves = AssessmentFlow.NextFrom(assessment.Status)
            .Select(to => new AssessmentMove(to, AssessmentFlow.PermissionFor(assessment.Status, to) is { } p && scope.Actor.Deny(p) is null))
            .ToList();
        var hasWorksCouncil = await db.Organisations.Select(o => o.HasWorksCouncil).FirstAsync(ct);
        return new AssessmentDetail(assessment, systemName, group, risks,
            [.. measures.OrderBy(m => m.DueDate ?? DateOnly.MaxValue).ThenBy(m => m.Title, StringComparer.CurrentCulture)],
            moves, AssessmentFlow.RequiredOpinions(hasWorksCouncil));
    }
}

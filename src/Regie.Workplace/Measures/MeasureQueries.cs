using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Measures;

/// <summary>
/// A measure as its page shows it: the measure, its system's name, its owner's name and where it came from (the
/// newest assessment that holds its risk, or the works-council procedure that set it as a condition).
/// </summary>
public sealed record MeasureView(Measure Measure, string SystemName, string? OwnerName, Guid? AssessmentId, Guid? ProcedureId);

/// <summary>The measures of one system with their owners' names, for the system's list of measures.</summary>
public sealed record MeasureList(Guid AiSystemId, string SystemName, IReadOnlyList<Measure> Measures, IReadOnlyDictionary<Guid, string> OwnerNames);

/// <summary>Read-outs for the measure pages; the moves themselves go through <see cref="MeasureDesk"/>.</summary>
public sealed class MeasureQueries(IWorkplaceDb db, ITenantScope scope, MeasureDesk desk)
{
    public async Task<Result<MeasureView>> ViewAsync(Guid id, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewMeasures) is { } denied)
        {
            return denied;
        }

        if (await db.Measures.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is not { } measure)
        {
            return new WorkplaceNotFound("Measure", id);
        }

        var system = await db.AiSystems.Where(s => s.Id == measure.AiSystemId).Select(s => s.Name).SingleAsync(ct);
        var owner = measure.OwnerMemberId is { } o
            ? await db.Members.Where(m => m.Id == o).Select(m => m.DisplayName).FirstOrDefaultAsync(ct)
            : null;
        Guid? assessment = null;
        Guid? procedure = null;
        if (measure.Source == MeasureSource.Assessment && measure.SourceId is { } origin)
        {
            // A risk is copied into each new version of an assessment under the same origin id: link the newest.
            assessment = await db.Risks.Where(r => r.OriginRiskId == origin)
                .Join(db.JobImpactAssessments, r => r.AssessmentId, a => a.Id, (r, a) => new { a.Id, a.Version })
                .OrderByDescending(a => a.Version).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        }
        else if (measure.Source == MeasureSource.WorksCouncilCondition)
        {
            procedure = measure.SourceId;
        }

        return new MeasureView(measure, system, owner, assessment, procedure);
    }

    public async Task<Result<MeasureList>> ListAsync(Guid aiSystemId, CancellationToken ct)
    {
        var listed = await desk.ListForSystemAsync(aiSystemId, ct);
        if (!listed.TryGetValue(out var measures))
        {
            return listed.Error!; // a failed result always has an error
        }

        var system = await db.AiSystems.Where(s => s.Id == aiSystemId).Select(s => s.Name).SingleAsync(ct);
        var owners = measures.Select(m => m.OwnerMemberId).OfType<Guid>().Distinct().ToList();
        var names = await db.Members.Where(m => owners.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.DisplayName, ct);
        return new MeasureList(aiSystemId, system, measures, names);
    }
}

using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Measures;

/// <summary>
/// Creating measures against risks, assigning and dating them, moving them along <see cref="MeasureFlow"/> and the
/// works council's verification. Every step checks the permission matrix and is saved, so it lands in the audit log.
/// </summary>
public sealed class MeasureDesk(IWorkplaceDb db, ITenantScope scope, TimeProvider time)
{
    /// <summary>A measure against a risk of a job impact assessment (source Assessment, source id = the risk's origin id).</summary>
    public async Task<Result<Measure>> CreateForRiskAsync(Guid riskId, MeasureRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageMeasures) is { } denied)
        {
            return denied;
        }

        var risk = await db.Risks.Where(r => r.Id == riskId)
            .Join(db.JobImpactAssessments, r => r.AssessmentId, a => a.Id, (r, a) => new { r.OriginRiskId, a.AiSystemId, a.OrganisationId })
            .FirstOrDefaultAsync(ct);
        if (risk is null)
        {
            return new WorkplaceNotFound("Risk", riskId);
        }

        if (await ValidateAsync(request, ct) is { } invalid)
        {
            return invalid;
        }

        var measure = new Measure
        {
            Id = Guid.NewGuid(),
            OrganisationId = risk.OrganisationId,
            AiSystemId = risk.AiSystemId,
            Title = "",
            Source = MeasureSource.Assessment,
            SourceId = risk.OriginRiskId,
            NeedsWorksCouncilVerification = request.NeedsWorksCouncilVerification,
            CreatedAt = time.GetUtcNow(),
        };
        Apply(measure, request);
        db.Measures.Add(measure);
        await db.SaveChangesAsync(ct);
        return measure;
    }

    /// <summary>Changes what the measure is, its owner, due date and verifier (not its status).</summary>
    public async Task<Result<Measure>> UpdateAsync(Guid id, MeasureRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageMeasures) is { } denied)
        {
            return denied;
        }

        if (await db.Measures.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } measure)
        {
            return new WorkplaceNotFound("Measure", id);
        }

        if (await ValidateAsync(request, ct) is { } invalid)
        {
            return invalid;
        }

        Apply(measure, request);
        await db.SaveChangesAsync(ct);
        return measure;
    }

    public async Task<Result<Measure>> MoveAsync(Guid id, MeasureMoveRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageMeasures) is { } denied)
        {
            return denied;
        }

        if (await db.Measures.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } measure)
        {
            return new WorkplaceNotFound("Measure", id);
        }

        if (!MeasureFlow.CanMove(measure.Status, request.To))
        {
            return new MeasureMoveNotAllowed(measure.Status, request.To);
        }

        var reason = Validation.Clean(request.Reason);
        var evidence = Validation.Clean(request.Evidence) ?? measure.Evidence;
        var check = new Validation().Optional("Reason", reason, 2000, "Reason").Optional("Evidence", evidence, 2000, "Evidence")
            .Check(request.To != MeasureStatus.NotImplemented || reason is not null, "Reason", "Say why the measure is not implemented.")
            .Check(request.To != MeasureStatus.Done || evidence is not null, "Evidence", "Say what shows the measure is in place.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var from = measure.Status;
        measure.Status = request.To;
        measure.Evidence = evidence;
        measure.NotImplementedReason = request.To == MeasureStatus.NotImplemented ? reason : null;
        if (request.To == MeasureStatus.InProgress && from != MeasureStatus.Todo && reason is not null)
        {
            measure.ReturnReason = reason; // sent back by a review: keep why
        }

        if (request.To != MeasureStatus.Done)
        {
            // Reopened or dropped: an earlier verification no longer covers it.
            measure.WorksCouncilVerifiedAt = null;
            measure.WorksCouncilVerifiedByMemberId = null;
        }

        await db.SaveChangesAsync(ct);
        return measure;
    }

    /// <summary>The works council confirms a done measure that needs its verification.</summary>
    public async Task<Result<Measure>> VerifyAsWorksCouncilAsync(Guid id, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.VerifyMeasureAsWorksCouncil) is { } denied)
        {
            return denied;
        }

        if (await db.Measures.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } measure)
        {
            return new WorkplaceNotFound("Measure", id);
        }

        if (!measure.NeedsWorksCouncilVerification || measure.Status != MeasureStatus.Done || measure.WorksCouncilVerifiedAt is not null)
        {
            return new NotReadyForWorksCouncil(id);
        }

        measure.WorksCouncilVerifiedAt = time.GetUtcNow();
        measure.WorksCouncilVerifiedByMemberId = scope.Actor.MemberId;
        await db.SaveChangesAsync(ct);
        return measure;
    }

    /// <summary>
    /// The works council does not accept a done measure it has to verify: the measure goes back to in progress with the
    /// council's reason, so the owner sees what is missing.
    /// </summary>
    public async Task<Result<Measure>> ReturnAsWorksCouncilAsync(Guid id, string? reason, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.VerifyMeasureAsWorksCouncil) is { } denied)
        {
            return denied;
        }

        if (await db.Measures.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } measure)
        {
            return new WorkplaceNotFound("Measure", id);
        }

        if (!measure.NeedsWorksCouncilVerification || measure.Status != MeasureStatus.Done || measure.WorksCouncilVerifiedAt is not null)
        {
            return new NotReadyForWorksCouncil(id);
        }

        var cleaned = Validation.Clean(reason);
        var check = new Validation().Require("Reason", cleaned, 2000, "Reason");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        measure.Status = MeasureStatus.InProgress;
        measure.ReturnReason = cleaned;
        await db.SaveChangesAsync(ct);
        return measure;
    }

    /// <summary>One measure, for its page.</summary>
    public async Task<Result<Measure>> FindAsync(Guid id, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewMeasures) is { } denied)
        {
            return denied;
        }

        return await db.Measures.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is { } measure
            ? measure
            : new WorkplaceNotFound("Measure", id);
    }

    /// <summary>The measures of one AI system, whatever their source, soonest due first.</summary>
    public async Task<Result<IReadOnlyList<Measure>>> ListForSystemAsync(Guid aiSystemId, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewMeasures) is { } denied)
        {
            return denied;
        }

        if (!await db.AiSystems.AnyAsync(s => s.Id == aiSystemId, ct))
        {
            return new WorkplaceNotFound("AI system", aiSystemId);
        }

        var measures = await db.Measures.AsNoTracking().Where(m => m.AiSystemId == aiSystemId).ToListAsync(ct);
        return measures.OrderBy(m => m.DueDate ?? DateOnly.MaxValue).ThenBy(m => m.Title, StringComparer.CurrentCulture).ToList();
    }

    private async Task<ValidationError?> ValidateAsync(MeasureRequest request, CancellationToken ct)
    {
        var check = new Validation()
            .Require("Title", request.Title, 300, "Measure")
            .Optional("Description", request.Description, 4000, "Description")
            .Optional("VerifiedBy", request.VerifiedBy, 200, "Verified by")
            .Check(request.OwnerMemberId is null || await db.Members.AnyAsync(m => m.Id == request.OwnerMemberId, ct),
                "OwnerMemberId", "The owner must be a member of the organisation.");
        return check.IsValid ? null : check.ToError();
    }

    private static void Apply(Measure measure, MeasureRequest request)
    {
        measure.Title = request.Title!.Trim(); // validated
        measure.Description = Validation.Clean(request.Description);
        measure.OwnerMemberId = request.OwnerMemberId;
        measure.DueDate = request.DueDate;
        measure.VerifiedBy = Validation.Clean(request.VerifiedBy);
    }
}

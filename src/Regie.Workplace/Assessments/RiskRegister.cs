using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Assessments;

/// <summary>Turning findings into risks with a likelihood, a severity and an owner (assessor, system owner).</summary>
public sealed class RiskRegister(IWorkplaceDb db, ITenantScope scope, TimeProvider time)
{
    public async Task<Result<Risk>> AddAsync(Guid assessmentId, RiskRequest request, CancellationToken ct)
    {
        var found = await EditableAsync(assessmentId, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        if (await ValidateAsync(request, ct) is { } invalid)
        {
            return invalid;
        }

        var id = Guid.NewGuid();
        var risk = new Risk
        {
            Id = id,
            OriginRiskId = id,
            OrganisationId = found.Value.OrganisationId,
            AssessmentId = assessmentId,
            Title = "",
            CreatedAt = time.GetUtcNow(),
        };
        Apply(risk, request);
        db.Risks.Add(risk);
        await db.SaveChangesAsync(ct);
        return risk;
    }

    public async Task<Result<Risk>> UpdateAsync(Guid riskId, RiskRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.EditAssessment) is { } denied)
        {
            return denied;
        }

        if (await db.Risks.FirstOrDefaultAsync(r => r.Id == riskId, ct) is not { } risk)
        {
            return new WorkplaceNotFound("Risk", riskId);
        }

        var found = await EditableAsync(risk.AssessmentId, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        if (await ValidateAsync(request, ct) is { } invalid)
        {
            return invalid;
        }

        Apply(risk, request);
        await db.SaveChangesAsync(ct);
        return risk;
    }

    private async Task<Result<JobImpactAssessment>> EditableAsync(Guid id, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.EditAssessment) is { } denied)
        {
            return denied;
        }

        var assessment = await db.JobImpactAssessments.FirstOrDefaultAsync(a => a.Id == id, ct);
        return assessment is null ? new WorkplaceNotFound("Assessment", id)
            : !assessment.IsEditable ? new AssessmentLocked(id, assessment.Status)
            : assessment;
    }

    private async Task<ValidationError?> ValidateAsync(RiskRequest request, CancellationToken ct)
    {
        var signal = Validation.Clean(request.SignalCode);
        var check = new Validation()
            .Require("Title", request.Title, 300, "Risk")
            .Optional("Description", request.Description, 4000, "Description")
            .Check(request.Likelihood is >= 1 and <= 4, "Likelihood", "Use a likelihood from 1 to 4.")
            .Check(request.Severity is >= 1 and <= 4, "Severity", "Use a severity from 1 to 4.")
            .Check(signal is null || JobImpactInstrument.Shipped.ByCode.ContainsKey(signal), "SignalCode", "The instrument has no such signal.")
            .Check(request.OwnerMemberId is null || await db.Members.AnyAsync(m => m.Id == request.OwnerMemberId, ct),
                "OwnerMemberId", "The owner must be a member of the organisation.");
        return check.IsValid ? null : check.ToError();
    }

    private static void Apply(Risk risk, RiskRequest request)
    {
        risk.Title = request.Title!.Trim(); // validated
        risk.Description = Validation.Clean(request.Description);
        risk.SignalCode = Validation.Clean(request.SignalCode);
        risk.Likelihood = request.Likelihood;
        risk.Severity = request.Severity;
        risk.OwnerMemberId = request.OwnerMemberId;
    }
}

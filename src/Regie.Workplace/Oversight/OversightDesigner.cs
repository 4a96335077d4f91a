using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Oversight;

/// <summary>One system's oversight arrangement: its design and one assignment per linked overseer (defaults when unset).</summary>
public sealed record OversightPlan(AiSystem System, OversightDesign? Design, IReadOnlyList<OversightAssignment> Assignments);

/// <summary>Writing the oversight design of a system and what each of its overseers may do (AI Act art. 14(4), 26(2)).</summary>
public sealed class OversightDesigner(IWorkplaceDb db, ITenantScope scope, TimeProvider time)
{
    private const int TextLength = 2000;

    /// <summary>The plan of a system; overseers without an assignment row get one with no authority and no hours.</summary>
    public async Task<Result<OversightPlan>> PlanAsync(Guid aiSystemId, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewOversightDesign) is { } denied)
        {
            return denied;
        }

        if (await db.AiSystems.AsNoTracking().Include(s => s.Overseers).FirstOrDefaultAsync(s => s.Id == aiSystemId, ct) is not { } system)
        {
            return new WorkplaceNotFound("AI system", aiSystemId);
        }

        var design = await db.OversightDesigns.AsNoTracking().FirstOrDefaultAsync(d => d.AiSystemId == aiSystemId, ct);
        var stored = await db.OversightAssignments.AsNoTracking().Where(a => a.AiSystemId == aiSystemId).ToListAsync(ct);
        var assignments = system.Overseers.OrderBy(o => o.MemberId)
            .Select(o => stored.FirstOrDefault(a => a.MemberId == o.MemberId) ?? new OversightAssignment
            {
                OrganisationId = system.OrganisationId,
                AiSystemId = aiSystemId,
                MemberId = o.MemberId,
            })
            .ToList();
        return new OversightPlan(system, design, assignments);
    }

    public async Task<Result<OversightDesign>> SaveDesignAsync(Guid aiSystemId, OversightDesignRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageOversightDesign) is { } denied)
        {
            return denied;
        }

        if (!await db.AiSystems.AnyAsync(s => s.Id == aiSystemId, ct))
        {
            return new WorkplaceNotFound("AI system", aiSystemId);
        }

        var check = new Validation()
            .Check(Enum.IsDefined(request.Model), "Model", "Choose an oversight model.")
            .Optional("UnderstandEvidence", request.UnderstandEvidence, TextLength, "Evidence (a)")
            .Optional("AutomationBiasEvidence", request.AutomationBiasEvidence, TextLength, "Evidence (b)")
            .Optional("InterpretEvidence", request.InterpretEvidence, TextLength, "Evidence (c)")
            .Optional("OverrideEvidence", request.OverrideEvidence, TextLength, "Evidence (d)")
            .Optional("StopEvidence", request.StopEvidence, TextLength, "Evidence (e)")
            .Optional("Staffing", request.Staffing, TextLength, "Staffing")
            .Optional("Escalation", request.Escalation, TextLength, "Escalation")
            .Check(request.SecondsPerCase is >= 0 and <= 86_400, "SecondsPerCase", "Time per case must be between 0 and 86400 seconds.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var design = await db.OversightDesigns.FirstOrDefaultAsync(d => d.AiSystemId == aiSystemId, ct);
        if (design is null)
        {
            design = new OversightDesign { AiSystemId = aiSystemId, OrganisationId = scope.Actor.OrganisationId!.Value }; // Deny returned null
            db.OversightDesigns.Add(design);
        }

        design.Model = request.Model;
        design.UnderstandEvidence = Validation.Clean(request.UnderstandEvidence);
        design.AutomationBiasEvidence = Validation.Clean(request.AutomationBiasEvidence);
        design.InterpretEvidence = Validation.Clean(request.InterpretEvidence);
        design.OverrideEvidence = Validation.Clean(request.OverrideEvidence);
        design.StopEvidence = Validation.Clean(request.StopEvidence);
        design.Staffing = Validation.Clean(request.Staffing);
        design.SecondsPerCase = request.SecondsPerCase;
        design.Escalation = Validation.Clean(request.Escalation);
        design.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return design;
    }

    /// <summary>Sets the authority and time of one linked overseer; the backup must be another overseer of the system.</summary>
    public async Task<Result<OversightAssignment>> SaveAssignmentAsync(
        Guid aiSystemId, Guid memberId, OversightAssignmentRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageOversightDesign) is { } denied)
        {
            return denied;
        }

        if (await db.AiSystems.Include(s => s.Overseers).FirstOrDefaultAsync(s => s.Id == aiSystemId, ct) is not { } system)
        {
            return new WorkplaceNotFound("AI system", aiSystemId);
        }

        if (system.Overseers.All(o => o.MemberId != memberId))
        {
            return new WorkplaceNotFound("Overseer", memberId);
        }

        var check = new Validation()
            .Check(request.HoursPerWeek is >= 0 and <= 60 && !double.IsNaN(request.HoursPerWeek), "HoursPerWeek", "Hours per week must be between 0 and 60.")
            .Check(request.BackupMemberId is null || (request.BackupMemberId != memberId
                && system.Overseers.Any(o => o.MemberId == request.BackupMemberId)),
                "BackupMemberId", "The backup must be another overseer of this system.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var assignment = await db.OversightAssignments.FirstOrDefaultAsync(a => a.AiSystemId == aiSystemId && a.MemberId == memberId, ct);
        if (assignment is null)
        {
            assignment = new OversightAssignment { OrganisationId = system.OrganisationId, AiSystemId = aiSystemId, MemberId = memberId };
            db.OversightAssignments.Add(assignment);
        }

        assignment.CanOverride = request.CanOverride;
        assignment.CanStop = request.CanStop;
        assignment.HoursPerWeek = Math.Round(request.HoursPerWeek, 1);
        assignment.BackupMemberId = request.BackupMemberId;
        await db.SaveChangesAsync(ct);
        return assignment;
    }
}

using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Screening;

/// <summary>A change to a duty as typed in the checklist.</summary>
public sealed record DutyUpdate(Guid? OwnerMemberId, DateOnly? DueDate, DutyStatus Status, string? Evidence);

/// <summary>Assigning, dating and completing duties. Done needs evidence: what shows the duty is met.</summary>
public sealed class DutyEditor(IWorkplaceDb db, ITenantScope scope, TimeProvider time)
{
    public async Task<Result<Duty>> UpdateAsync(Guid dutyId, DutyUpdate update, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageDuties) is { } denied)
        {
            return denied;
        }

        if (await db.Duties.FirstOrDefaultAsync(d => d.Id == dutyId && d.WithdrawnAt == null, ct) is not { } duty)
        {
            return new WorkplaceNotFound("Duty", dutyId);
        }

        var evidence = Validation.Clean(update.Evidence);
        var check = new Validation().Optional("Evidence", evidence, 2000, "Evidence");
        check.Check(Enum.IsDefined(update.Status), "Status", "Choose a status.");
        check.Check(update.Status != DutyStatus.Done || evidence is not null || Consultation.ProcedureDuties.FollowsProcedure(duty.Kind), "Evidence", "Say what shows the duty is met before marking it done.");
        // Issue 5 (wor): the WOR request and AI Act 26(7)/26(11) duties follow the real procedure and notice, not a tick.
        check.Check(!Consultation.ProcedureDuties.FollowsProcedure(duty.Kind) || update.Status == duty.Status, "Status",
            "This duty is completed by sending the works-council request or the worker notice, not by hand.");
        check.Check(update.OwnerMemberId is null || await db.Members.AnyAsync(m => m.Id == update.OwnerMemberId, ct),
            "OwnerMemberId", "The owner must be a member of the organisation.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        duty.OwnerMemberId = update.OwnerMemberId;
        duty.DueDate = update.DueDate;
        duty.Evidence = Consultation.ProcedureDuties.FollowsProcedure(duty.Kind) ? duty.Evidence : evidence;
        duty.CompletedAt = update.Status == DutyStatus.Done ? duty.CompletedAt ?? time.GetUtcNow() : null;
        duty.Status = update.Status;
        await db.SaveChangesAsync(ct);
        return duty;
    }
}

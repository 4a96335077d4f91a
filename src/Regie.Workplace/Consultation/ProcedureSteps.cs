using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Consultation;

/// <summary>
/// What every consultation use case shares: finding a procedure the actor may read (an external expert only the one
/// they are invited to, while their access lasts), checking a permission and making a move in
/// <see cref="ConsultationFlow"/>.
/// </summary>
public sealed class ProcedureSteps(IWorkplaceDb db, ITenantScope scope, TimeProvider time)
{
    public WorkplaceActor Actor => scope.Actor;

    public DateOnly Today => ConsultationDeadlines.Today(time);

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The procedure with its meetings and messages when the actor may read it and holds <paramref name="permission"/>.</summary>
    public async Task<Result<ConsultationProcedure>> FindAsync(Guid id, Permission permission, CancellationToken ct)
    {
        var procedure = await db.ConsultationProcedures.Include(p => p.Meetings).Include(p => p.Messages)
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (procedure is null || !CanRead(procedure))
        {
            return scope.Actor.Deny(permission) ?? new WorkplaceNotFound("Consultation procedure", id);
        }

        return scope.Actor.Deny(permission) is { } denied ? Result<ConsultationProcedure>.Failure(denied) : procedure;
    }

    /// <summary>
    /// True when the actor may read the procedure: through a role that reads every procedure, or as the external
    /// expert linked to it until the access date (domain note §4: one procedure, time-limited).
    /// </summary>
    public bool CanRead(ConsultationProcedure procedure)
    {
        if (scope.Actor.Deny(Permission.ViewConsultation) is not null)
        {
            return false;
        }

        var withoutExpert = scope.Actor.Roles & ~Role.ExternalExpert;
        return scope.Actor.ActorId.StartsWith("system:", StringComparison.Ordinal)
            || withoutExpert.Allows(Permission.ViewConsultation)
            || (procedure.Expert is { MemberId: { } member } expert && member == scope.Actor.MemberId
                && (expert.AccessUntil is null || expert.AccessUntil >= Today));
    }

    /// <summary>True when the actor reads every procedure, not only one as an invited expert.</summary>
    public bool ReadsAll => scope.Actor.ActorId.StartsWith("system:", StringComparison.Ordinal)
        || (scope.Actor.Roles & ~Role.ExternalExpert).Allows(Permission.ViewConsultation);

    /// <summary>Moves the procedure when the flow has the move, the actor holds its permission and the terms allow it today.</summary>
    public Error? Move(ConsultationProcedure procedure, ConsultationStatus to)
    {
        if (ConsultationFlow.PermissionFor(procedure.Status, to) is { } permission && scope.Actor.Deny(permission) is { } denied)
        {
            return denied;
        }

        if (!ConsultationFlow.Allows(procedure, to, Today))
        {
            return new ConsultationMoveNotAllowed(procedure.Status, to);
        }

        procedure.Status = to;
        return null;
    }

    /// <summary>The first questions, an expert or a meeting take a sent request into review.</summary>
    public static void StartReview(ConsultationProcedure procedure)
    {
        if (procedure.Status == ConsultationStatus.Sent)
        {
            procedure.Status = ConsultationStatus.UnderReview;
        }
    }

    /// <summary>True while the council is studying the request and has not yet given its position.</summary>
    public static bool InDialogue(ConsultationProcedure procedure) => procedure.Status is
        ConsultationStatus.Sent or ConsultationStatus.UnderReview or ConsultationStatus.MeetingHeld;

    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);
}

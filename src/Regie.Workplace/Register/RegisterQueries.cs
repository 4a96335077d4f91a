using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Screening;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Register;

/// <summary>One system in full: the register row, its latest screening, its duties and what the next moves need.</summary>
public sealed record AiSystemDetail(
    AiSystem System,
    ScreeningRecord? LatestScreening,
    IReadOnlyList<Duty> Duties,
    IReadOnlyList<NextMove> NextMoves);

/// <summary>A lifecycle move from the current status, whether the actor may make it and what its gates still miss.</summary>
public sealed record NextMove(AiSystemStatus To, bool Allowed, IReadOnlyList<GateResult> Gates)
{
    public bool Ready => Allowed && Gates.All(g => g.IsMet);
}

/// <summary>Read views of the AI register for the roles that see it in full.</summary>
public sealed class RegisterQueries(IWorkplaceDb db, ITenantScope scope, AiRegister register)
{
    public async Task<Result<IReadOnlyList<AiSystem>>> ListAsync(CancellationToken ct) =>
        scope.Actor.Deny(Permission.ViewRegister) is { } denied ? denied
        : await db.AiSystems.AsNoTracking().Include(s => s.WorkerGroups).Include(s => s.JobProfiles)
            .OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(ct);

    public async Task<Result<AiSystemDetail>> DetailAsync(Guid id, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewRegister) is { } denied)
        {
            return denied;
        }

        if (await register.FindAsync(id, ct) is not { } system)
        {
            return new WorkplaceNotFound("AI system", id);
        }

        var screening = await db.Screenings.AsNoTracking().Where(s => s.AiSystemId == id)
            .OrderByDescending(s => s.ScreenedAt).FirstOrDefaultAsync(ct);
        var duties = await db.Duties.AsNoTracking().Where(d => d.AiSystemId == id && d.WithdrawnAt == null)
            .OrderBy(d => d.Kind).ToListAsync(ct);
        var moves = new List<NextMove>();
        foreach (var to in Lifecycle.NextFrom(system.Status))
        {
            var allowed = Lifecycle.PermissionFor(system.Status, to) is { } p && scope.Actor.Deny(p) is null;
            moves.Add(new NextMove(to, allowed, await register.CheckGatesAsync(system, to, ct)));
        }

        return new AiSystemDetail(system, screening, duties, moves);
    }
}

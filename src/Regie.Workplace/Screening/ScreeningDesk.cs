using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Screening;

/// <summary>A screening just run: what was recorded and the duties now open for the system.</summary>
public sealed record ScreeningRun(ScreeningRecord Record, ScreeningOutcome Outcome, IReadOnlyList<Duty> Duties);

/// <summary>
/// Runs the AI Act screening for a system, records it, and keeps the system's duty checklist in step: duties the
/// new outcome gives rise to are added (owned by the system owner), duties it no longer gives rise to are withdrawn
/// (kept for the record), and the status of duties that stay is kept. A prohibited practice blocks the system.
/// </summary>
public sealed class ScreeningDesk(IWorkplaceDb db, ITenantScope scope, TimeProvider time)
{
    public async Task<Result<ScreeningRun>> RunAsync(Guid systemId, ScreeningAnswers answers, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.RunScreening) is { } denied)
        {
            return denied;
        }

        if (await db.AiSystems.FirstOrDefaultAsync(s => s.Id == systemId, ct) is not { } system)
        {
            return new WorkplaceNotFound("AI system", systemId);
        }

        if (system.Status is AiSystemStatus.Blocked or AiSystemStatus.Decommissioned)
        {
            return new SystemBlocked(systemId);
        }

        var evaluated = AiActScreening.Evaluate(answers);
        if (!evaluated.TryGetValue(out var outcome))
        {
            return evaluated.Error!; // TryGetValue is false only with an error
        }

        var now = time.GetUtcNow();
        var record = new ScreeningRecord
        {
            Id = Guid.NewGuid(),
            OrganisationId = system.OrganisationId,
            AiSystemId = system.Id,
            Answers = answers,
            RiskClass = outcome.RiskClass,
            Reasons = outcome.Reasons,
            ScreenedByMemberId = scope.Actor.MemberId ?? system.OwnerMemberId,
            ScreenedAt = now,
        };
        db.Screenings.Add(record);

        var hasWorksCouncil = await db.Organisations.Select(o => o.HasWorksCouncil).SingleAsync(ct);
        var planned = DutyPlanner.Plan(outcome, new SystemFacts(system.MonitoringCapable, hasWorksCouncil),
            DateOnly.FromDateTime(now.UtcDateTime));
        var active = await db.Duties.Where(d => d.AiSystemId == system.Id && d.WithdrawnAt == null).ToListAsync(ct);
        foreach (var stale in active.Where(d => planned.All(p => p.Kind != d.Kind)))
        {
            stale.WithdrawnAt = now;
        }

        foreach (var duty in planned.Where(p => active.All(d => d.Kind != p.Kind)))
        {
            db.Duties.Add(new Duty
            {
                Id = Guid.NewGuid(),
                OrganisationId = system.OrganisationId,
                AiSystemId = system.Id,
                Kind = duty.Kind,
                BeforeUse = duty.BeforeUse,
                DueDate = duty.DueDate,
                OwnerMemberId = system.OwnerMemberId,
            });
        }

        await Consultation.ProcedureDuties.SyncAsync(db, system.Id, now, ct); // issue 5 (wor): duties that follow the procedure
        if (outcome.RiskClass == RiskClass.Prohibited)
        {
            // AI Act Art. 5: the practice may not be used; no lifecycle move or override leads out of Blocked.
            system.Status = AiSystemStatus.Blocked;
        }

        await db.SaveChangesAsync(ct);
        var duties = await db.Duties.AsNoTracking().Where(d => d.AiSystemId == system.Id && d.WithdrawnAt == null)
            .OrderBy(d => d.Kind).ToListAsync(ct);
        return new ScreeningRun(record, outcome, duties);
    }
}

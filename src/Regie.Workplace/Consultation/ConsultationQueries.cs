using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.Measures;
using Regie.Workplace.Notices;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Consultation;

/// <summary>The consultation dossier of one system: procedures, worker notices, the GDPR art. 35(9) opinion and what is required.</summary>
public sealed record ConsultationDossier(
    AiSystem System,
    ConsultationRequirements Requirements,
    IReadOnlyList<ConsultationProcedure> Procedures,
    IReadOnlyList<WorkerNotice> Notices,
    DpiaOpinion? DpiaOpinion,
    DateOnly Today);

/// <summary>One procedure with the system's name and the conditions that became measures.</summary>
public sealed record ProcedureView(ConsultationProcedure Procedure, string SystemName, IReadOnlyList<Measure> Conditions, DateOnly Today);

/// <summary>Read side of the consultation pages and API.</summary>
public sealed class ConsultationQueries(IWorkplaceDb db, ProcedureSteps steps)
{
    public async Task<Result<ConsultationDossier>> DossierAsync(Guid systemId, CancellationToken ct)
    {
        if (!steps.ReadsAll)
        {
            return steps.Actor.Deny(Permission.ViewConsultation) ?? new NotAllowed(Permission.ViewRegister);
        }

        if (await db.AiSystems.AsNoTracking().FirstOrDefaultAsync(s => s.Id == systemId, ct) is not { } system)
        {
            return new WorkplaceNotFound("AI system", systemId);
        }

        var procedures = await db.ConsultationProcedures.AsNoTracking().Where(p => p.AiSystemId == systemId)
            .OrderByDescending(p => p.CreatedAt).ToListAsync(ct);
        var notices = await db.WorkerNotices.AsNoTracking().Where(n => n.AiSystemId == systemId)
            .OrderByDescending(n => n.CreatedAt).ToListAsync(ct);
        var opinion = await db.DpiaOpinions.AsNoTracking().FirstOrDefaultAsync(o => o.AiSystemId == systemId, ct);
        var needs = await ConsultationGate.ReadRequirementsAsync(db, system, ct);
        return new ConsultationDossier(system, needs, procedures, notices, opinion, steps.Today);
    }

    /// <summary>Members with the external-expert role, for the council to link to a procedure.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ExpertCandidatesAsync(CancellationToken ct)
    {
        if (steps.Actor.Deny(Permission.GiveCouncilPosition) is not null)
        {
            return [];
        }

        var members = await db.Members.Where(m => ((int)m.Roles & (int)Role.ExternalExpert) != 0)
            .OrderBy(m => m.DisplayName).Select(m => new { m.Id, m.DisplayName }).ToListAsync(ct);
        return [.. members.Select(m => (m.Id, m.DisplayName))];
    }

    public async Task<Result<ProcedureView>> ProcedureAsync(Guid id, CancellationToken ct)
    {
        var found = await steps.FindAsync(id, Permission.ViewConsultation, ct);
        if (!found.TryGetValue(out var procedure))
        {
            return found.Error!; // TryGetValue is false only with an error
        }

        var name = await db.AiSystems.Where(s => s.Id == procedure.AiSystemId).Select(s => s.Name).SingleAsync(ct);
        var conditions = await db.Measures.AsNoTracking()
            .Where(m => m.Source == MeasureSource.WorksCouncilCondition && m.SourceId == procedure.Id)
            .OrderBy(m => m.CreatedAt).ToListAsync(ct);
        procedure.Meetings.Sort((a, b) => a.HeldOn.CompareTo(b.HeldOn));
        procedure.Messages.Sort((a, b) => a.PostedAt.CompareTo(b.PostedAt));
        return new ProcedureView(procedure, name, conditions, steps.Today);
    }
}

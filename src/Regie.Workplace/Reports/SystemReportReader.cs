using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.Assessments;
using Regie.Workplace.Consultation;
using Regie.Workplace.Literacy;
using Regie.Workplace.Measures;
using Regie.Workplace.Oversight;
using Regie.Workplace.Pulse;
using Regie.Workplace.Register;

namespace Regie.Workplace.Reports;

/// <summary>
/// Reads a <see cref="SystemReport"/> through the feature queries, so the reports show exactly what the reader could
/// see page by page: the works council sees what management sees, and no part shows raw survey answers or who raised
/// a concern.
/// </summary>
public sealed class SystemReportReader(
    IWorkplaceDb db,
    RegisterQueries register,
    AssessmentQueries assessments,
    ConsultationQueries consultation,
    MeasureDesk measures,
    PulseQueries pulse,
    OversightDesigner oversight,
    OversightDashboard dashboard,
    LiteracyQueries literacy,
    TimeProvider time)
{
    public async Task<Result<SystemReport>> ReadAsync(Guid aiSystemId, CancellationToken ct)
    {
        var detail = await register.DetailAsync(aiSystemId, ct);
        if (!detail.TryGetValue(out var registered))
        {
            return detail.Error!; // TryGetValue is false only with an error
        }

        var current = await CurrentAssessmentsAsync(aiSystemId, ct);
        var dossier = await consultation.DossierAsync(aiSystemId, ct);
        var procedures = new List<ProcedureView>();
        foreach (var procedure in dossier.TryGetValue(out var d) ? d.Procedures : [])
        {
            if ((await consultation.ProcedureAsync(procedure.Id, ct)).TryGetValue(out var view))
            {
                procedures.Add(view);
            }
        }

        var systemMeasures = await measures.ListForSystemAsync(aiSystemId, ct);
        var plan = await oversight.PlanAsync(aiSystemId, ct);
        return new SystemReport(
            await db.Organisations.Select(o => o.Name).FirstAsync(ct),
            registered,
            await db.WorkerGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Name, ct),
            await MemberNamesAsync(registered.System, systemMeasures, plan, ct),
            current,
            dossier,
            procedures,
            systemMeasures,
            await PulseAsync(aiSystemId, ct),
            plan,
            await dashboard.ForSystemAsync(aiSystemId, ct),
            await literacy.OverseersAsync(aiSystemId, ct),
            Consultation.ConsultationDeadlines.Today(time));
    }

    private async Task<Result<IReadOnlyList<AssessmentDetail>>> CurrentAssessmentsAsync(Guid aiSystemId, CancellationToken ct)
    {
        var list = await assessments.ListForSystemAsync(aiSystemId, ct);
        if (!list.TryGetValue(out var summaries))
        {
            return list.Error!; // TryGetValue is false only with an error
        }

        var details = new List<AssessmentDetail>();
        foreach (var latest in summaries.Where(s => s.Assessment.IsCurrent).GroupBy(s => s.WorkerGroup.Id)
                     .Select(g => g.MaxBy(s => s.Assessment.Version)!))
        {
            var one = await assessments.DetailAsync(latest.Assessment.Id, ct);
            if (!one.TryGetValue(out var full))
            {
                return one.Error!; // TryGetValue is false only with an error
            }

            details.Add(full);
        }

        return details;
    }

    private async Task<Result<PulseDashboard?>> PulseAsync(Guid aiSystemId, CancellationToken ct)
    {
        var surveys = await pulse.ListAsync(ct);
        if (!surveys.TryGetValue(out var rows))
        {
            return surveys.Error!; // TryGetValue is false only with an error
        }

        if (rows.Where(r => r.AiSystemId == aiSystemId).OrderByDescending(r => r.Waves).FirstOrDefault() is not { } survey)
        {
            return Result<PulseDashboard?>.Success(null);
        }

        var board = await pulse.DashboardAsync(survey.Id, null, ct);
        return board.TryGetValue(out var value) ? value : board.Error!;
    }

    private async Task<IReadOnlyDictionary<Guid, string>> MemberNamesAsync(
        AiSystem system, Result<IReadOnlyList<Measure>> systemMeasures, Result<OversightPlan> plan, CancellationToken ct)
    {
        var ids = new HashSet<Guid> { system.OwnerMemberId };
        if (systemMeasures.TryGetValue(out var list))
        {
            ids.UnionWith(list.Select(m => m.OwnerMemberId).OfType<Guid>());
        }

        if (plan.TryGetValue(out var p))
        {
            ids.UnionWith(p.Assignments.Select(a => a.MemberId));
        }

        return await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.DisplayName, ct);
    }
}

using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.Concerns;
using Regie.Workplace.Literacy;
using Regie.Workplace.People;
using Regie.Workplace.Requests;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Reports;

/// <summary>Reads a <see cref="BoardReport"/>: every system of the register through <see cref="SystemReportReader"/>.</summary>
public sealed class BoardReportReader(
    IWorkplaceDb db, ITenantScope scope, SystemReportReader systems, ConcernCases concerns, DecisionRequests requests, LiteracyQueries literacy, TimeProvider time)
{
    public async Task<Result<BoardReport>> ReadAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewRegister) is { } denied)
        {
            return denied;
        }

        var ids = await db.AiSystems.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        var reports = new List<SystemReport>(ids.Count);
        foreach (var id in ids)
        {
            var report = await systems.ReadAsync(id, ct);
            if (!report.TryGetValue(out var value))
            {
                return report.Error!; // TryGetValue is false only with an error
            }

            reports.Add(value);
        }

        return new BoardReport(
            await db.Organisations.Select(o => o.Name).FirstAsync(ct),
            reports,
            await concerns.FiguresAsync(ct),
            await requests.FiguresAsync(ct),
            await literacy.OverviewAsync(ct),
            Consultation.ConsultationDeadlines.Today(time));
    }
}

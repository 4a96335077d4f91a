using Microsoft.EntityFrameworkCore;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Workplace.Consultation;

/// <summary>
/// Pilot and Live wait for the works council (domain note §3): a required procedure that is missing or not closed,
/// a consent procedure closed without consent, or a decision inside its one-month standstill (or under appeal)
/// blocks the move.
/// </summary>
internal sealed class ConsultationGate(IWorkplaceDb db, TimeProvider time) : ILifecycleGate
{
    public string Name => "consultation";

    public bool Guards(AiSystemStatus from, AiSystemStatus target) => target.IsInUse() && !from.IsInUse();

    public async Task<GateResult> CheckAsync(AiSystem system, CancellationToken ct)
    {
        var needs = await ReadRequirementsAsync(db, system, ct);
        var procedures = await db.ConsultationProcedures.AsNoTracking().Where(p => p.AiSystemId == system.Id)
            .OrderBy(p => p.CreatedAt).ToListAsync(ct);
        return new GateResult(Name, Issues(needs, procedures, ConsultationDeadlines.Today(time)));
    }

    /// <summary>The issues, pure: what the procedures of one system still miss for use on <paramref name="today"/>.</summary>
    public static IReadOnlyList<GateIssue> Issues(ConsultationRequirements needs, IReadOnlyList<ConsultationProcedure> procedures, DateOnly today)
    {
        var issues = new List<GateIssue>();
        if (needs.AdviceRequired && procedures.All(p => p.Kind != ConsultationKind.Advice))
        {
            issues.Add(new GateIssue("advice-procedure-missing"));
        }

        if (needs.ConsentRequired && procedures.All(p => p.Kind != ConsultationKind.Consent))
        {
            issues.Add(new GateIssue("consent-procedure-missing"));
        }

        foreach (var procedure in procedures)
        {
            var required = procedure.RequiredBeforeUse || procedure.Kind == ConsultationKind.Consent || needs.AdviceRequired;
            if (procedure.Status is ConsultationStatus.Standstill && procedure.SuspensionEndsOn >= today)
            {
                issues.Add(new GateIssue("standstill", procedure.SuspensionEndsOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if (procedure.Status is ConsultationStatus.Appealed)
            {
                issues.Add(new GateIssue("appeal-pending", procedure.Kind.ToString()));
            }
            else if (required && !procedure.IsClosed)
            {
                issues.Add(new GateIssue("procedure-open", procedure.Kind.ToString()));
            }
        }

        var lastConsent = procedures.LastOrDefault(p => p.Kind == ConsultationKind.Consent);
        if (lastConsent is { IsClosed: true, ConsentObtained: false })
        {
            issues.Add(new GateIssue("consent-not-obtained"));
        }

        return issues;
    }

    /// <summary>The requirements of a system from its latest screening, its fields and the organisation.</summary>
    internal static async Task<ConsultationRequirements> ReadRequirementsAsync(IWorkplaceDb db, AiSystem system, CancellationToken ct)
    {
        var highRisk = await db.Screenings.Where(s => s.AiSystemId == system.Id).OrderByDescending(s => s.ScreenedAt)
            .Select(s => s.RiskClass).FirstOrDefaultAsync(ct) == RiskClass.HighRisk;
        var hasWorksCouncil = await db.Organisations.Select(o => o.HasWorksCouncil).SingleAsync(ct);
        return ConsultationRequirements.For(highRisk, system.MonitoringCapable, hasWorksCouncil, system.DecisionTypes != DecisionTypes.None);
    }
}

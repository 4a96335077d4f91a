using Microsoft.EntityFrameworkCore;
using Regie.Workplace.Screening;

namespace Regie.Workplace.Register;

/// <summary>
/// Leaving the screening step, and any move into use, needs a screening on record whose outcome is not a
/// prohibited practice (AI Act Art. 5).
/// </summary>
internal sealed class ScreeningGate(IWorkplaceDb db) : ILifecycleGate
{
    public string Name => "screening";

    public bool Guards(AiSystemStatus from, AiSystemStatus target) =>
        (from == AiSystemStatus.Screening && target == AiSystemStatus.ImpactAssessment) || target.IsInUse();

    public async Task<GateResult> CheckAsync(AiSystem system, CancellationToken ct)
    {
        var latest = await db.Screenings.Where(s => s.AiSystemId == system.Id)
            .OrderByDescending(s => s.ScreenedAt).Select(s => (RiskClass?)s.RiskClass).FirstOrDefaultAsync(ct);
        return latest switch
        {
            null => new GateResult(Name, [new GateIssue("screening-missing")]),
            RiskClass.Prohibited => new GateResult(Name, [new GateIssue("screening-prohibited")]),
            _ => GateResult.Met(Name),
        };
    }
}

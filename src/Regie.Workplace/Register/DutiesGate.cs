using Microsoft.EntityFrameworkCore;
using Regie.Workplace.Screening;

namespace Regie.Workplace.Register;

/// <summary>
/// A pilot or go-live needs every duty that must be met before use to be done: among them AI Act Art. 26(7)
/// (inform workers' representatives and affected workers) and the works council's advice (WOR art. 25(1)(k)) and
/// consent (art. 27(1)(l)) requests. The consultation workflow will add its own gate on the procedure itself.
/// </summary>
internal sealed class DutiesGate(IWorkplaceDb db) : ILifecycleGate
{
    public string Name => "duties";

    public bool Guards(AiSystemStatus from, AiSystemStatus target) => target.IsInUse() && !from.IsInUse();

    public async Task<GateResult> CheckAsync(AiSystem system, CancellationToken ct)
    {
        var open = await db.Duties
            .Where(d => d.AiSystemId == system.Id && d.BeforeUse && d.WithdrawnAt == null && d.Status != DutyStatus.Done)
            .Select(d => d.Kind).ToListAsync(ct);
        return new GateResult(Name, [.. open.Order().Select(k => new GateIssue("duty-open", k.ToString()))]);
    }
}

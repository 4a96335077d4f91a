using Regie.Workplace.Register;

namespace Regie.Workplace.Consultation;

/// <summary>
/// Prefills a request from what the register already knows: the purpose as the motives, the plain-language summary
/// as the consequences for workers, and the system's existing measures as the proposed measures. The owner
/// completes and corrects it before sending.
/// </summary>
public static class ConsultationPrefill
{
    public static ProcedureRequest For(AiSystem system, ConsultationKind kind, IReadOnlyList<string> measureTitles)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(measureTitles);
        var consequences = system.PlainLanguageSummary ?? system.DataUsed;
        var measures = measureTitles.Count == 0 ? null : string.Join('\n', measureTitles.Select(t => $"- {t}"));
        return new ProcedureRequest(kind, ConsultationGrounds.Default(kind, system.MonitoringCapable),
            system.Purpose, consequences, measures);
    }
}

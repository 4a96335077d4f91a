using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Oversight;

/// <summary>
/// How human oversight of one AI system is arranged (AI Act art. 14(4) and 26(2); workplace domain note §1.1, §1.4): for
/// each of the five capabilities the evidence that overseers have it, the oversight model, staffing and time, and
/// how escalation works. Who may override and stop is on each <see cref="OversightAssignment"/>.
/// </summary>
public sealed class OversightDesign : ITenantOwned
{
    /// <summary>The AI system; one design per system.</summary>
    public Guid AiSystemId { get; init; }

    public Guid OrganisationId { get; init; }

    public OversightModel Model { get; set; }

    /// <summary>Art. 14(4)(a): overseers understand the system's capacities and limits and can monitor it.</summary>
    public string? UnderstandEvidence { get; set; }

    /// <summary>Art. 14(4)(b): overseers stay aware of automation bias (over-relying on the output).</summary>
    public string? AutomationBiasEvidence { get; set; }

    /// <summary>Art. 14(4)(c): overseers can interpret the output correctly.</summary>
    public string? InterpretEvidence { get; set; }

    /// <summary>Art. 14(4)(d): overseers can decide not to use, disregard, override or reverse the output.</summary>
    public string? OverrideEvidence { get; set; }

    /// <summary>Art. 14(4)(e): overseers can intervene or stop the system safely.</summary>
    public string? StopEvidence { get; set; }

    /// <summary>How many people oversee, in which shifts, and who covers absence.</summary>
    public string? Staffing { get; set; }

    /// <summary>The time the organisation budgets for one case, in seconds (0 when not set).</summary>
    public int SecondsPerCase { get; set; }

    /// <summary>Where an overseer goes when a case is beyond them, and within what time.</summary>
    public string? Escalation { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The evidence for capabilities (a) to (e), in that order.</summary>
    public IReadOnlyList<string?> Evidence =>
        [UnderstandEvidence, AutomationBiasEvidence, InterpretEvidence, OverrideEvidence, StopEvidence];

    /// <summary>How many of the five capabilities have evidence.</summary>
    public int CapabilitiesWithEvidence => Evidence.Count(e => !string.IsNullOrWhiteSpace(e));
}

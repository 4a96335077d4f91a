using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Assessments;

/// <summary>
/// A risk to the worker group found in a job impact assessment, scored by likelihood and severity (1–4 each), with an
/// owner. Measures against it point at <see cref="OriginRiskId"/> (<c>Measure.SourceId</c>), which stays the same
/// when a reopened version carries the risk over.
/// </summary>
public sealed class Risk : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid AssessmentId { get; init; }

    /// <summary>The id of the risk in the version where it was first found (its own id there).</summary>
    public Guid OriginRiskId { get; init; }

    /// <summary>The signal the risk comes from, when it comes from one.</summary>
    public string? SignalCode { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>1 (unlikely) to 4 (almost certain).</summary>
    public int Likelihood { get; set; }

    /// <summary>1 (minor) to 4 (very serious).</summary>
    public int Severity { get; set; }

    public Guid? OwnerMemberId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Likelihood × severity, 1 to 16.</summary>
    public int Score => Likelihood * Severity;
}

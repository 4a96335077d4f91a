using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Measures;

/// <summary>
/// Something the organisation does about an AI system's effect on work: a measure against a risk found in a job
/// impact assessment, a condition the works council attached to its advice or consent, or a CAO clause. It has an
/// owner, a due date and a status (<see cref="MeasureFlow"/>); a works-council condition is only finished when the
/// works council itself has verified it (workplace domain note §3).
/// </summary>
public sealed class Measure : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    public required string Title { get; set; }

    /// <summary>What will be done, for whom, and how one sees that it works.</summary>
    public string? Description { get; set; }

    public MeasureSource Source { get; init; }

    /// <summary>The row the measure stems from: the risk of an assessment or the consultation procedure.</summary>
    public Guid? SourceId { get; init; }

    public Guid? OwnerMemberId { get; set; }

    public DateOnly? DueDate { get; set; }

    public MeasureStatus Status { get; set; } = MeasureStatus.Todo;

    /// <summary>Why the measure was not implemented (required for <see cref="MeasureStatus.NotImplemented"/>).</summary>
    public string? NotImplementedReason { get; set; }

    /// <summary>What shows the measure is in place (a document, a decision, a date).</summary>
    public string? Evidence { get; set; }

    /// <summary>Why the measure was last sent back to in progress: by a review, or by the works council that did not verify it.</summary>
    public string? ReturnReason { get; set; }

    /// <summary>Who checks the measure: a role name or a person, in the organisation's words.</summary>
    public string? VerifiedBy { get; set; }

    /// <summary>True for a works-council condition: done only after the works council verified it.</summary>
    public bool NeedsWorksCouncilVerification { get; init; }

    public DateTimeOffset? WorksCouncilVerifiedAt { get; set; }

    public Guid? WorksCouncilVerifiedByMemberId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>True when the measure counts as finished: done (and verified by the works council where needed).</summary>
    public bool IsSettled =>
        Status == MeasureStatus.NotImplemented
        || (Status == MeasureStatus.Done && (!NeedsWorksCouncilVerification || WorksCouncilVerifiedAt is not null));
}

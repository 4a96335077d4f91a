using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Requests;

/// <summary>
/// A worker's request about a decision in which an AI system played a part: an explanation (AI Act Art. 86), human
/// intervention (GDPR Art. 22(3)), an objection (GDPR Art. 21) or access (GDPR Art. 15). Deadlines are set when it
/// comes in (<see cref="RequestDeadlines"/>); the state machine is <see cref="DecisionRequestFlow"/>.
/// </summary>
public sealed class DecisionRequest : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public DecisionRequestKind Kind { get; init; }

    /// <summary>The member who asked (pseudonymous: a member id, not a name, in the row).</summary>
    public Guid RequesterMemberId { get; init; }

    public Guid AiSystemId { get; init; }

    /// <summary>Which decision: the requester's own words or a case number (e.g. "roster week 12").</summary>
    public required string DecisionReference { get; init; }

    public required string Question { get; init; }

    public DateOnly ReceivedOn { get; init; }

    public DateOnly AcknowledgeBy { get; init; }

    public DateOnly ReviewStartBy { get; init; }

    /// <summary>The answer deadline; may be extended once (GDPR Art. 12(3)).</summary>
    public DateOnly AnswerBy { get; set; }

    public DecisionRequestStatus Status { get; set; } = DecisionRequestStatus.Received;

    public Guid? HandlerMemberId { get; set; }

    public DateOnly? AcknowledgedOn { get; set; }

    public DateOnly? ReviewStartedOn { get; set; }

    public string? Response { get; set; }

    public RequestOutcome Outcome { get; set; } = RequestOutcome.None;

    public DateOnly? AnsweredOn { get; set; }

    /// <summary>Until when the requester may appeal against the answer.</summary>
    public DateOnly? AppealBy { get; set; }

    public string? AppealReason { get; set; }

    public DateOnly? AppealedOn { get; set; }

    public DateOnly? AppealDecisionBy { get; set; }

    public string? AppealResponse { get; set; }

    public DateOnly? ClosedOn { get; set; }
}

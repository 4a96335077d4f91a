using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Consultation;

/// <summary>
/// One works-council procedure about one AI system: an advice request (WOR art. 25) or a consent request (art. 27),
/// from the written request through meetings and the council's position to the employer's decision, the
/// suspension and remedy terms, closing and evaluation (workplace domain note §2 and §3).
/// </summary>
public sealed class ConsultationProcedure : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    public ConsultationKind Kind { get; init; }

    public LegalGrounds LegalGrounds { get; set; }

    /// <summary>Why the employer wants the system (the request's motives).</summary>
    public required string Motives { get; set; }

    /// <summary>Expected consequences for the people who work in the organisation.</summary>
    public required string Consequences { get; set; }

    /// <summary>Measures the employer proposes in response to those consequences.</summary>
    public string? ProposedMeasures { get; set; }

    /// <summary>True when Pilot and Live wait for this procedure to close (the owner's choice; consent always waits).</summary>
    public bool RequiredBeforeUse { get; set; } = true;

    /// <summary>How many calendar months the council has to answer, as agreed for this procedure.</summary>
    public int AnswerTermMonths { get; set; } = 1;

    public ConsultationStatus Status { get; set; } = ConsultationStatus.Draft;

    public DateTimeOffset CreatedAt { get; init; }

    public DateOnly? SentOn { get; set; }

    public DateOnly? AnswerDueOn { get; set; }

    public CouncilPosition? Position { get; set; }

    /// <summary>The council's advice or its reasons, in its own words.</summary>
    public string? PositionText { get; set; }

    public DateOnly? PositionOn { get; set; }

    public string? DecisionText { get; set; }

    public DateOnly? DecisionNotifiedOn { get; set; }

    /// <summary>True when the decision does not follow the advice (or follows a negative advice only in part).</summary>
    public bool DeviatesFromAdvice { get; set; }

    public string? DeviationReasons { get; set; }

    public DateOnly? SuspensionEndsOn { get; set; }

    public DateOnly? AppealDeadline { get; set; }

    public DateOnly? NullityDeadline { get; set; }

    public DateOnly? AppealedOn { get; set; }

    public DateOnly? SubstituteConsentRequestedOn { get; set; }

    /// <summary>The cantonal court's answer to a request for substitute consent, once known.</summary>
    public bool? SubstituteConsentGranted { get; set; }

    public string? ClosingNote { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>When the council and the employer look back at the system together.</summary>
    public DateOnly? EvaluationOn { get; set; }

    public ConsultationExpert? Expert { get; set; }

    public List<ConsultationMeeting> Meetings { get; init; } = [];

    public List<ConsultationMessage> Messages { get; init; } = [];

    /// <summary>True when consent is in place: given by the council or substituted by the court.</summary>
    public bool ConsentObtained => Position == CouncilPosition.ConsentGiven || SubstituteConsentGranted == true;

    /// <summary>True once the procedure has run its course.</summary>
    public bool IsClosed => Status is ConsultationStatus.Closed or ConsultationStatus.EvaluationDue;
}

/// <summary>
/// An expert the council calls in (WOR art. 16); the employer bears the reasonable cost and must be told in advance
/// about an external expert (art. 22) [verify paragraph numbers]. A linked member with the ExternalExpert role
/// reads and comments on this one procedure until <see cref="AccessUntil"/>.
/// </summary>
public sealed class ConsultationExpert
{
    public required string Name { get; set; }

    public required string Scope { get; set; }

    public decimal? CostEstimate { get; set; }

    /// <summary>The day the employer was told in advance (the invitation itself is the notice).</summary>
    public DateOnly NoticeOn { get; set; }

    public DateOnly? CostApprovedOn { get; set; }

    public Guid? MemberId { get; set; }

    public DateOnly? AccessUntil { get; set; }
}

/// <summary>A consultation meeting (overlegvergadering) about the request, with its minutes.</summary>
public sealed class ConsultationMeeting : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid ProcedureId { get; init; }

    public DateOnly HeldOn { get; init; }

    public required string Minutes { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}

/// <summary>A question of the council (answered by the employer) or a comment of the council or its expert.</summary>
public sealed class ConsultationMessage : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid ProcedureId { get; init; }

    public MessageKind Kind { get; init; }

    public required string Text { get; init; }

    public Guid? AuthorMemberId { get; init; }

    public DateTimeOffset PostedAt { get; init; }

    public string? Answer { get; set; }

    public Guid? AnsweredByMemberId { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }
}

namespace Regie.Workplace.Consultation;

/// <summary>A new or edited advice or consent request, as typed by the system owner.</summary>
public sealed record ProcedureRequest(
    ConsultationKind Kind,
    LegalGrounds LegalGrounds,
    string? Motives,
    string? Consequences,
    string? ProposedMeasures,
    bool RequiredBeforeUse = true,
    int AnswerTermMonths = 1,
    DateOnly? EvaluationOn = null);

/// <summary>A consultation meeting with its date and minutes.</summary>
public sealed record MeetingRequest(DateOnly? HeldOn, string? Minutes);

/// <summary>A question (council) or comment (council or expert).</summary>
public sealed record MessageRequest(string? Text);

/// <summary>The employer's answer to a question.</summary>
public sealed record AnswerRequest(string? Answer);

/// <summary>
/// The council's formal position. Each line of <paramref name="Conditions"/> becomes a measure the council verifies.
/// </summary>
public sealed record PositionRequest(CouncilPosition? Position, string? Text, IReadOnlyList<string>? Conditions);

/// <summary>An expert the council calls in; <paramref name="MemberId"/> gives an ExternalExpert member access.</summary>
public sealed record ExpertRequest(string? Name, string? Scope, decimal? CostEstimate, Guid? MemberId, DateOnly? AccessUntil);

/// <summary>
/// The employer's written decision. <paramref name="DeviatesFromAdvice"/> with reasons starts the one-month standstill.
/// </summary>
public sealed record DecisionRequest(string? Decision, DateOnly? NotifiedOn, bool DeviatesFromAdvice, string? DeviationReasons);

/// <summary>Closing a procedure, with a note (and for substitute consent, the court's answer).</summary>
public sealed record CloseRequest(string? Note, bool? SubstituteConsentGranted = null);

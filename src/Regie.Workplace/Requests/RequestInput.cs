namespace Regie.Workplace.Requests;

/// <summary>A request as typed in the form.</summary>
public sealed record RequestInput(DecisionRequestKind? Kind, Guid? AiSystemId, string? DecisionReference, string? Question);

/// <summary>
/// A move of a request. <paramref name="Text"/> is the answer (to Answered), the reason (to Appealed) or the answer
/// to the appeal (Appealed → Closed); <paramref name="Outcome"/> goes with the answer.
/// </summary>
public sealed record RequestMove(DecisionRequestStatus To, string? Text = null, RequestOutcome? Outcome = null);

/// <summary>
/// A request as its reader sees it. <paramref name="RequesterName"/> is only filled for handlers.
/// <paramref name="NextMoves"/> are the moves this reader may make now.
/// </summary>
public sealed record RequestView(
    Guid Id, DecisionRequestKind Kind, Guid AiSystemId, string AiSystemName, string DecisionReference, string Question,
    DecisionRequestStatus Status, DateOnly ReceivedOn, DateOnly AcknowledgeBy, DateOnly ReviewStartBy, DateOnly AnswerBy,
    DateOnly? CurrentDue, bool Overdue, string? RequesterName, string? HandlerName, string? Response, RequestOutcome Outcome,
    DateOnly? AnsweredOn, DateOnly? AppealBy, string? AppealReason, DateOnly? AppealDecisionBy, string? AppealResponse,
    DateOnly? ClosedOn, IReadOnlyList<DecisionRequestStatus> NextMoves);

/// <summary>Counts for the works council and management: per kind, status and outcome, and how many are overdue.</summary>
public sealed record RequestFigures(
    int Total, int Open, int Overdue, IReadOnlyDictionary<DecisionRequestKind, int> ByKind,
    IReadOnlyDictionary<DecisionRequestStatus, int> ByStatus, IReadOnlyDictionary<RequestOutcome, int> ByOutcome);

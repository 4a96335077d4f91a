using Regie.Core.Results;

namespace Regie.Workplace.Requests;

/// <summary>The request cannot make this move, or not by this person.</summary>
public sealed record RequestMoveNotAllowed(DecisionRequestStatus From, DecisionRequestStatus To)
    : ConflictError($"A request cannot move from {From} to {To} (or not by you).");

/// <summary>The appeal window has closed.</summary>
public sealed record AppealWindowClosed(DateOnly AppealBy)
    : ConflictError($"An appeal was possible until {AppealBy:yyyy-MM-dd}.");

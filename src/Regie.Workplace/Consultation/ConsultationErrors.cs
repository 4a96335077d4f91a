using Regie.Core.Results;

namespace Regie.Workplace.Consultation;

/// <summary>The procedure cannot make this move now (not in the flow, wrong kind, or a term forbids it).</summary>
public sealed record ConsultationMoveNotAllowed(ConsultationStatus From, ConsultationStatus To)
    : ConflictError($"A works-council procedure cannot move from {From} to {To} now.");

/// <summary>Only a draft can be edited.</summary>
public sealed record ProcedureNotDraft(Guid Id)
    : ConflictError($"Procedure {Id} has been sent; its request can no longer be changed.");

/// <summary>The action needs another step of the procedure.</summary>
public sealed record ProcedureNotInStep(Guid Id, ConsultationStatus Status)
    : ConflictError($"Procedure {Id} is at {Status}; this action is not possible at that step.");

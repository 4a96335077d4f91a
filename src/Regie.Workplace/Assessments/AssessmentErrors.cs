using Regie.Core.Results;

namespace Regie.Workplace.Assessments;

/// <summary>The review path has no such move.</summary>
public sealed record MoveNotInReviewPath(AssessmentStatus From, AssessmentStatus To)
    : ConflictError($"An assessment cannot move from {From} to {To}.");

/// <summary>The assessment can no longer be changed in its status.</summary>
public sealed record AssessmentLocked(Guid Id, AssessmentStatus Status)
    : ConflictError($"Assessment {Id} is {Status}; tasks, signals and risks can only change while it is being drafted or fixed.");

/// <summary>A decision needs every required opinion first.</summary>
public sealed record OpinionsMissing(IReadOnlyList<OpinionKind> Missing)
    : ConflictError($"Opinions still missing: {string.Join(", ", Missing)}.");

/// <summary>An opinion is given only while the assessment awaits opinions, once per kind.</summary>
public sealed record OpinionNotExpected(OpinionKind Kind, AssessmentStatus Status)
    : ConflictError($"A {Kind} opinion cannot be given now (status {Status}, or it was already given).");

/// <summary>The system × group already has an assessment that counts.</summary>
public sealed record AssessmentExists(Guid ExistingId)
    : ConflictError($"This AI system already has a current assessment for this worker group ({ExistingId}).");

/// <summary>The instrument has no signal with this code.</summary>
public sealed record SignalNotInInstrument(string Code) : NotFoundError($"The instrument has no signal {Code}.");

namespace Regie.Workplace.Assessments;

/// <summary>Starts an assessment of an AI system for one of its worker groups.</summary>
public sealed record StartAssessmentRequest(Guid WorkerGroupId);

/// <summary>A task and the system's effect on it, as typed.</summary>
public sealed record TaskEffectRequest(
    string? Text, TaskEffectKind Effect, int? TimeSharePercent, int? ExpectedTimeSharePercent, string? Note);

/// <summary>The answer to one signal, as typed. Likelihood and the severity triple are 1–4 when given.</summary>
public sealed record SignalAnswerRequest(
    SignalPresence Presence, SignalDirection? Direction, string? Evidence, EvidenceSources Sources,
    int? Likelihood, int? Scale, int? Scope, int? Irremediability);

/// <summary>A risk as typed: likelihood and severity 1–4, an owner among the members.</summary>
public sealed record RiskRequest(string? Title, string? Description, string? SignalCode, int Likelihood, int Severity, Guid? OwnerMemberId);

/// <summary>A move along the review path; sending back and refusing need a comment.</summary>
public sealed record AssessmentMoveRequest(AssessmentStatus To, string? Comment);

/// <summary>A formal opinion; the kind must match the actor's role.</summary>
public sealed record OpinionRequest(OpinionKind Kind, OpinionPosition Position, string? Text);

using Regie.Workplace.People;

namespace Regie.Workplace.Literacy;

/// <summary>
/// A self-assessment: an answer for every statement of the levels up to <see cref="UpTo"/> (statement id → answer),
/// the worker group one works in (optional) and one's own plan (optional).
/// </summary>
public sealed record AssessmentAnswers(IReadOnlyDictionary<string, Agreement> Answers, LiteracyLevel UpTo, Guid? WorkerGroupId, string? Plan);

/// <summary>A completed course. <see cref="Codes"/> is a comma-separated list such as "Bt1,Bm3".</summary>
public sealed record TrainingRequest(
    string? Course, string? Provider, double Hours, string? Codes, DateOnly? CompletedOn, string? Evidence, DateOnly? ExpiresOn);

/// <summary>The level one role requires.</summary>
public sealed record RoleRequirementRequest(Role Role, LiteracyLevel Level);

/// <summary>The level an AI system requires of its overseers; null removes the system's own requirement.</summary>
public sealed record SystemRequirementRequest(LiteracyLevel? Level);

using System.Text.Json.Serialization;
using Regie.Workplace.People;

namespace Regie.Workplace.Literacy;

/// <summary>
/// One self-assessment as a reader may see it. <see cref="Scores"/> and <see cref="Plan"/> are the person's own: they are
/// null for anyone else (docs/literacy.md, privacy).
/// </summary>
public sealed record ProfileSummary(
    Guid Id, int Version, string InstrumentVersion, DateTimeOffset TakenAt, DateOnly ExpiresOn, bool IsCurrent, LiteracyLevel AssessedUpTo,
    Guid? WorkerGroupId, IReadOnlyDictionary<Competence, LiteracyLevel> Levels, IReadOnlyDictionary<string, double>? Scores, string? Plan)
{
    public static ProfileSummary Of(LiteracyProfile p, DateTimeOffset now, bool own) => new(
        p.Id, p.Version, p.InstrumentVersion, p.TakenAt, LiteracyValidity.ExpiresOn(p.TakenAt), LiteracyValidity.IsCurrent(p.TakenAt, now),
        p.AssessedUpTo, p.WorkerGroupId, p.Levels, own ? p.Scores.ToDictionary(s => s.Code, s => s.MeanWeight, StringComparer.Ordinal) : null, own ? p.LearningPlan : null);
}

/// <summary>A course colleagues completed that covers codes the person still has to work on (no names: only the course).</summary>
public sealed record CourseSuggestion(string Course, string Provider, IReadOnlyList<CompetenceCode> Covers);

/// <summary>
/// A person's AI literacy: what they need, their latest self-assessment, the gaps per competence (against the current
/// self-assessment only), their training, suggested courses, and — for the person only — the history.
/// </summary>
public sealed record PersonStanding(
    Guid MemberId, string Name, bool Own, RequiredLevel Required, ProfileSummary? Latest, IReadOnlyList<CompetenceGap> Gaps,
    IReadOnlyList<TrainingRecord> Training, IReadOnlyList<CourseSuggestion> Suggestions, IReadOnlyList<ProfileSummary> History)
{
    /// <summary>True when the latest self-assessment is current and every competence reaches the requirement.</summary>
    public bool MeetsRequirement => Latest is { IsCurrent: true } && Gaps.All(g => g.MeetsRequirement);
}

/// <summary>One member in the administrator's list (art. 4 evidence): levels against the requirement, never scores.</summary>
public sealed record PersonRow(
    Guid MemberId, string Name, Role Roles, LiteracyLevel Required, DateTimeOffset? LastTakenAt, bool HasCurrent,
    IReadOnlyDictionary<Competence, LiteracyLevel>? Levels, bool Meets, int CurrentTrainings);

/// <summary>What one role requires, and whether that is the organisation's choice or the default.</summary>
public sealed record RoleRequirementRow(Role Role, LiteracyLevel Level, bool IsDefault);

/// <summary>What an AI system requires of its overseers.</summary>
public sealed record SystemRequirementRow(Guid AiSystemId, string SystemName, LiteracyLevel Level);

/// <summary>The requirements of the organisation.</summary>
public sealed record LiteracyRequirements(IReadOnlyList<RoleRequirementRow> Roles, IReadOnlyList<SystemRequirementRow> Systems);

/// <summary>A training record with the name of the person, for HR's list.</summary>
public sealed record TrainingRow(TrainingRecord Record, string MemberName);

/// <summary>How an overseer stands against what they need for a system (the oversight dashboard's flag).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OverseerLiteracyStatus>))]
public enum OverseerLiteracyStatus
{
    Meets = 1,
    BelowRequiredLevel = 2,
    NoCurrentSelfAssessment = 3,
}

/// <summary>One overseer of a system: the level they need and whether they meet it (no levels or scores).</summary>
public sealed record OverseerLiteracy(Guid MemberId, string Name, LiteracyLevel Required, OverseerLiteracyStatus Status)
{
    public bool Flagged => Status != OverseerLiteracyStatus.Meets;
}

/// <summary>A system's overseers and the level the system itself requires (null: only the roles' requirements).</summary>
public sealed record SystemOverseersLiteracy(Guid AiSystemId, string SystemName, LiteracyLevel? SystemLevel, IReadOnlyList<OverseerLiteracy> Overseers);

namespace Regie.Workplace.Oversight;

/// <summary>The oversight design as written on the form or sent to the API.</summary>
public sealed record OversightDesignRequest(
    OversightModel Model,
    string? UnderstandEvidence,
    string? AutomationBiasEvidence,
    string? InterpretEvidence,
    string? OverrideEvidence,
    string? StopEvidence,
    string? Staffing,
    int SecondsPerCase,
    string? Escalation);

/// <summary>What one overseer may do and how much time they have.</summary>
public sealed record OversightAssignmentRequest(bool CanOverride, bool CanStop, double HoursPerWeek, Guid? BackupMemberId);

/// <summary>
/// One handled case, posted by the overseer (page or API; <see cref="OverseerMemberId"/> is then ignored) or by the
/// system with its key (the overseer is then required). <see cref="OccurredAt"/> defaults to the time of posting.
/// </summary>
public sealed record OversightEventRequest(
    OversightEventKind Kind,
    string? CaseReference,
    int SecondsSpent,
    Guid? OverseerMemberId = null,
    DateTimeOffset? OccurredAt = null);

/// <summary>A new API key for a system.</summary>
public sealed record OversightKeyRequest(string? Label);

/// <summary>A key just made: the secret is in here and nowhere else.</summary>
public sealed record IssuedOversightKey(OversightApiKey Key, string Secret);

namespace Regie.Workplace.Register;

/// <summary>An AI system as typed in the register form.</summary>
public sealed record AiSystemRequest(
    string? Name,
    string? Purpose,
    string? Provider,
    string? Version,
    DecisionTypes DecisionTypes,
    string? DataUsed,
    bool MonitoringCapable,
    string? PlainLanguageSummary,
    string? ContactPoint,
    IReadOnlyList<Guid>? WorkerGroupIds,
    IReadOnlyList<Guid>? JobProfileIds,
    IReadOnlyList<Guid>? OverseerMemberIds);

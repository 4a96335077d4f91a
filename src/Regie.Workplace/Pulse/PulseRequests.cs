namespace Regie.Workplace.Pulse;

/// <summary>Start the pulse of an AI system; k and the minimum of distinct answers default to the policy.</summary>
public sealed record SurveyRequest(Guid AiSystemId, int? K = null, int? MinDistinctAnswers = null);

/// <summary>New anonymity rules for a survey.</summary>
public sealed record RulesRequest(int K, int MinDistinctAnswers);

/// <summary>A new wave: the baseline (T0, before deployment) or a follow-up.</summary>
public sealed record WaveRequest(string? Label, WaveKind Kind);

/// <summary>Issue <paramref name="Count"/> single-use links for one worker group.</summary>
public sealed record LinksRequest(Guid WorkerGroupId, int Count);

/// <summary>The links issued, shown once: only their hashes are kept.</summary>
public sealed record IssuedLinks(Guid WaveId, Guid WorkerGroupId, IReadOnlyList<string> Tokens);

/// <summary>A threshold on a dimension's change from the baseline.</summary>
public sealed record ThresholdRequest(string? Dimension, PulseIndicator Indicator, ChangeDirection Direction, double Amount);

using Regie.Core.Results;

namespace Regie.Workplace.Pulse;

/// <summary>An AI system has one pulse survey.</summary>
public sealed record SurveyExists(Guid AiSystemId)
    : ConflictError($"AI system {AiSystemId} already has a pulse survey.");

/// <summary>Once a wave has responses, the anonymity rules can only be tightened (workplace domain note §5.3).</summary>
public sealed record AnonymityLocked()
    : ConflictError("This survey has responses: k and the minimum of distinct answers can only be raised, never lowered.");

/// <summary>A wave moves Draft → Open → Closed only.</summary>
public sealed record WaveMoveNotAllowed(WaveStatus From, WaveStatus To)
    : ConflictError($"A wave cannot move from {From} to {To}.");

/// <summary>Links can only be issued while a wave is in draft or open.</summary>
public sealed record WaveClosed(Guid WaveId)
    : ConflictError($"Wave {WaveId} is closed; no more links can be issued.");

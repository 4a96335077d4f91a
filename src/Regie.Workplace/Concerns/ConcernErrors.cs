using Regie.Core.Results;

namespace Regie.Workplace.Concerns;

/// <summary>
/// The secret link is unknown. The same answer for a wrong, malformed or never-issued link, so a guess learns
/// nothing about which cases exist.
/// </summary>
public sealed record ConcernLinkNotValid() : NotFoundError("This link does not lead to a report.");

/// <summary>The organisation of a public report link does not exist (same answer as any unknown link).</summary>
public sealed record ConcernChannelNotFound() : NotFoundError("This link does not lead to a reporting channel.");

/// <summary>The concern cannot make this move.</summary>
public sealed record ConcernMoveNotAllowed(ConcernStatus From, ConcernStatus To)
    : ConflictError($"A concern cannot move from {From} to {To}.");

/// <summary>A closed case takes no new messages.</summary>
public sealed record ConcernClosed(string Reference) : ConflictError($"Report {Reference} is closed.");

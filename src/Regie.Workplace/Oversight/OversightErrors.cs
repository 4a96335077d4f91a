using Regie.Core.Results;

namespace Regie.Workplace.Oversight;

/// <summary>The actor is not an assigned overseer of the system.</summary>
public sealed record NotAnOverseer(Guid AiSystemId)
    : ForbiddenError($"You are not an overseer of AI system {AiSystemId}.");

/// <summary>The API key was already revoked.</summary>
public sealed record KeyAlreadyRevoked(Guid KeyId) : ConflictError($"API key {KeyId} is already revoked.");

using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Register;

namespace Regie.Workplace;

/// <summary>The actor's roles do not grant the permission.</summary>
public sealed record NotAllowed(Permission Permission)
    : ForbiddenError($"Your roles in this organisation do not allow this ({Permission}).");

/// <summary>A row of the current organisation was not found (rows of other organisations are never found).</summary>
public sealed record WorkplaceNotFound(string What, Guid Id) : NotFoundError($"{What} {Id} was not found.");

/// <summary>The lifecycle has no such move.</summary>
public sealed record MoveNotInLifecycle(AiSystemStatus From, AiSystemStatus To)
    : ConflictError($"An AI system cannot move from {From} to {To}.");

/// <summary>A move is in the lifecycle but one or more gates are not met.</summary>
public sealed record GatesNotMet(AiSystemStatus To, IReadOnlyList<GateResult> Gates)
    : ConflictError($"The move to {To} is blocked: {string.Join("; ", Gates.SelectMany(g => g.Missing).Select(m => m.Subject is null ? m.Code : $"{m.Code} ({m.Subject})"))}.");

/// <summary>The last organisation administrator cannot lose that role.</summary>
public sealed record LastAdministrator() : ConflictError("An organisation needs at least one administrator.");

/// <summary>The person is already a member.</summary>
public sealed record AlreadyMember(string Email) : ConflictError($"{Email} is already a member of this organisation.");

/// <summary>The invitation link is unknown, used, revoked or expired.</summary>
public sealed record InvitationNotValid() : NotFoundError("This invitation link is not valid (any more).");

/// <summary>A blocked system (prohibited practice) cannot be screened again into use.</summary>
public sealed record SystemBlocked(Guid Id)
    : ConflictError($"AI system {Id} is blocked because a prohibited practice was found; it can only be decommissioned.");

/// <summary>The invitation was sent to another e-mail address than the signed-in account's.</summary>
public sealed record InvitationForAnotherAddress()
    : ConflictError("This invitation was sent to another e-mail address; sign in with the invited address to accept it.");

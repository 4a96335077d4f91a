using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Oversight;

/// <summary>Recording handled cases in a system's oversight log, by its overseers or by the system with its API key.</summary>
public sealed class OversightLog(IWorkplaceDb db, ITenantScope scope, TimeProvider time)
{
    /// <summary>How far ahead of the server's clock a posted time may be (clocks differ a little).</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The signed-in overseer records a case of a system they are assigned to.</summary>
    public async Task<Result<OversightEvent>> RecordAsOverseerAsync(Guid aiSystemId, OversightEventRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.LogOversightEvents) is { } denied)
        {
            return denied;
        }

        if (!await db.AiSystems.AnyAsync(s => s.Id == aiSystemId, ct))
        {
            return new WorkplaceNotFound("AI system", aiSystemId);
        }

        if (scope.Actor.MemberId is not { } me || !await IsOverseerAsync(aiSystemId, me, ct))
        {
            return new NotAnOverseer(aiSystemId);
        }

        return await RecordAsync(aiSystemId, me, request, null, ct);
    }

    /// <summary>
    /// The system records a case with its key (already authenticated by <see cref="OversightKeys.AuthenticateAsync"/>,
    /// and the scope entered as <see cref="OversightKeys.ActorFor"/>). The overseer must be one of the system's.
    /// </summary>
    public async Task<Result<OversightEvent>> RecordFromSystemAsync(OversightApiKey key, OversightEventRequest request, CancellationToken ct)
    {
        if (scope.Actor.OrganisationId != key.OrganisationId)
        {
            throw new InvalidOperationException("Enter the key's actor before recording with it.");
        }

        if (request.OverseerMemberId is not { } overseer || !await IsOverseerAsync(key.AiSystemId, overseer, ct))
        {
            return ValidationError.For("OverseerMemberId", "Name one of the system's overseers (their member id).");
        }

        return await RecordAsync(key.AiSystemId, overseer, request, key.Id, ct);
    }

    private Task<bool> IsOverseerAsync(Guid aiSystemId, Guid memberId, CancellationToken ct) =>
        db.AiSystems.AnyAsync(s => s.Id == aiSystemId && s.Overseers.Any(o => o.MemberId == memberId), ct);

    private async Task<Result<OversightEvent>> RecordAsync(
        Guid aiSystemId, Guid overseer, OversightEventRequest request, Guid? keyId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var check = new Validation()
            .Check(Enum.IsDefined(request.Kind), "Kind", "Choose what was done: Accepted, Modified, Overridden, Stopped or Escalated.")
            .Check(request.SecondsSpent is >= 0 and <= 86_400, "SecondsSpent", "Seconds spent must be between 0 and 86400.")
            .Check(request.OccurredAt is null || request.OccurredAt <= now + ClockSkew, "OccurredAt", "The time may not be in the future.");
        if (CaseReference.Problem(request.CaseReference) is { } problem)
        {
            check.Add("CaseReference", problem);
        }

        if (!check.IsValid)
        {
            return check.ToError();
        }

        var recorded = new OversightEvent
        {
            Id = Guid.NewGuid(),
            OrganisationId = scope.Actor.OrganisationId!.Value, // checked by the callers
            AiSystemId = aiSystemId,
            OverseerMemberId = overseer,
            Kind = request.Kind,
            CaseReference = request.CaseReference!, // CaseReference.Problem refuses null
            SecondsSpent = request.SecondsSpent,
            OccurredAt = (request.OccurredAt ?? now).ToUniversalTime(), // PostgreSQL stores UTC only
            RecordedAt = now,
            ApiKeyId = keyId,
        };
        db.OversightEvents.Add(recorded);
        await db.SaveChangesAsync(ct);
        return recorded;
    }
}

using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Oversight;

/// <summary>
/// The API keys with which AI systems post to their oversight log: made with 256 random bits from
/// <see cref="RandomNumberGenerator"/>, stored only as a SHA-256 hash, bound to one system of one organisation.
/// </summary>
public sealed class OversightKeys(IWorkplaceDb db, ITenantScope scope, TimeProvider time)
{
    /// <summary>Every key starts with this, so that a leaked key is recognisable in logs and secret scanners.</summary>
    public const string SecretPrefix = "rgo_";

    public async Task<Result<IReadOnlyList<OversightApiKey>>> ListAsync(Guid aiSystemId, CancellationToken ct) =>
        scope.Actor.Deny(Permission.ManageOversightKeys) is { } denied ? denied
        : !await db.AiSystems.AnyAsync(s => s.Id == aiSystemId, ct) ? new WorkplaceNotFound("AI system", aiSystemId)
        : await db.OversightApiKeys.AsNoTracking().Where(k => k.AiSystemId == aiSystemId)
            .OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id).ToListAsync(ct);

    public async Task<Result<IssuedOversightKey>> IssueAsync(Guid aiSystemId, OversightKeyRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageOversightKeys) is { } denied)
        {
            return denied;
        }

        if (!await db.AiSystems.AnyAsync(s => s.Id == aiSystemId, ct))
        {
            return new WorkplaceNotFound("AI system", aiSystemId);
        }

        var check = new Validation().Require("Label", request.Label, 100, "Label");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = new OversightApiKey
        {
            Id = Guid.NewGuid(),
            OrganisationId = scope.Actor.OrganisationId!.Value, // Deny returned null
            AiSystemId = aiSystemId,
            Label = request.Label!.Trim(),
            Prefix = secret[..(SecretPrefix.Length + 6)],
            TokenHash = Hash(secret),
            CreatedAt = time.GetUtcNow(),
            CreatedByMemberId = scope.Actor.MemberId,
        };
        db.OversightApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return new IssuedOversightKey(key, secret);
    }

    public async Task<Result<OversightApiKey>> RevokeAsync(Guid keyId, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageOversightKeys) is { } denied)
        {
            return denied;
        }

        if (await db.OversightApiKeys.FirstOrDefaultAsync(k => k.Id == keyId, ct) is not { } key)
        {
            return new WorkplaceNotFound("API key", keyId);
        }

        if (!key.IsActive)
        {
            return new KeyAlreadyRevoked(keyId);
        }

        key.RevokedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return key;
    }

    /// <summary>
    /// The active key presented for <paramref name="aiSystemId"/> of <paramref name="organisationId"/>, or null when
    /// the secret is missing, unknown, revoked, or belongs to another system or organisation (all the same to the caller).
    /// </summary>
    public async Task<OversightApiKey?> AuthenticateAsync(Guid organisationId, Guid aiSystemId, string? secret, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(secret) || !secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var key = await db.FindOversightApiKeyAsync(Hash(secret.Trim()), ct);
        return key is { IsActive: true } && key.OrganisationId == organisationId && key.AiSystemId == aiSystemId ? key : null;
    }

    /// <summary>Who acts when a system posts with <paramref name="key"/>: no roles, so the key can do nothing but post.</summary>
    public static WorkplaceActor ActorFor(OversightApiKey key) =>
        new($"apikey:{key.Id}", $"API key {key.Prefix}… ({key.Label})", key.OrganisationId, null, Role.None);

    private static string Hash(string secret) => Membership.Hash(secret);
}

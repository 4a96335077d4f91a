using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Oversight;

/// <summary>
/// A key with which one AI system posts oversight events to its own log. Only the SHA-256 hash of the secret is stored
/// (named <c>TokenHash</c> so the audit trail leaves it out); the secret is shown once, when the key is made.
/// </summary>
public sealed class OversightApiKey : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    /// <summary>What the key is for, e.g. the system's production environment.</summary>
    public required string Label { get; init; }

    /// <summary>The first characters of the secret, to recognise the key in a list.</summary>
    public required string Prefix { get; init; }

    public required string TokenHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid? CreatedByMemberId { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}

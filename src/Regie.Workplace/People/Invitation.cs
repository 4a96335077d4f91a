using Regie.Workplace.Tenancy;

namespace Regie.Workplace.People;

/// <summary>
/// An invitation by e-mail link. Only the SHA-256 hash of the link's secret is stored, so the database alone cannot
/// be used to accept an invitation.
/// </summary>
public sealed class Invitation : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public required string Email { get; init; }

    public Role Roles { get; init; }

    public required string TokenHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public Guid InvitedByMemberId { get; init; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>True while the link can still be used.</summary>
    public bool IsOpen(DateTimeOffset now) => AcceptedAt is null && RevokedAt is null && now < ExpiresAt;
}

using Regie.Workplace.Tenancy;

namespace Regie.Workplace.People;

/// <summary>A person's membership of one organisation, with the roles they hold there.</summary>
public sealed class Member : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    /// <summary>The sign-in account (ASP.NET Core Identity user id).</summary>
    public required string UserId { get; init; }

    public required string DisplayName { get; set; }

    public required string Email { get; set; }

    public Role Roles { get; set; }

    public DateTimeOffset JoinedAt { get; init; }
}

using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Audit;

/// <summary>
/// One change in an organisation's data: who, when, what, before → after. Append-only: storage refuses updates and
/// deletes, and each event carries the hash of the previous one of its organisation, so a removed or edited event
/// breaks the chain (workplace domain note §5.6).
/// </summary>
public sealed class AuditEvent : ITenantOwned
{
    public long Id { get; init; }

    public Guid OrganisationId { get; init; }

    /// <summary>Position in the organisation's chain, from 1.</summary>
    public long Sequence { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The account that made the change, or "system:…" for the CLI and seeding.</summary>
    public required string ActorId { get; init; }

    public required string ActorName { get; init; }

    /// <summary>The roles the actor held in the organisation at that moment.</summary>
    public string ActorRoles { get; init; } = "";

    /// <summary>"created", "updated", "deleted" or a named action such as "lifecycle".</summary>
    public required string Action { get; init; }

    public required string EntityType { get; init; }

    public required string EntityId { get; init; }

    /// <summary>Changed fields before the change, as JSON (null for a creation).</summary>
    public string? Before { get; init; }

    /// <summary>Changed fields after the change, as JSON (null for a deletion).</summary>
    public string? After { get; init; }

    public required string PreviousHash { get; init; }

    public required string Hash { get; init; }
}

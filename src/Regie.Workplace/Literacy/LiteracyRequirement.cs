using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Literacy;

/// <summary>The level of AI literacy the organisation requires of everyone holding one role (overrides the default).</summary>
public sealed class RoleLiteracyRequirement : ITenantOwned
{
    public Guid OrganisationId { get; init; }

    /// <summary>A single role flag.</summary>
    public Role Role { get; init; }

    public LiteracyLevel Level { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// The level an AI system requires of its overseers (AI Act art. 26(2): overseers need the competence for this system).
/// It only ever raises what their roles require.
/// </summary>
public sealed class SystemLiteracyRequirement : ITenantOwned
{
    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    public LiteracyLevel Level { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

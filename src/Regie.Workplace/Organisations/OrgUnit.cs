using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Organisations;

/// <summary>A unit of the organisation (department, location, team), optionally inside another unit.</summary>
public sealed class OrgUnit : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public required string Name { get; set; }

    public Guid? ParentId { get; set; }
}

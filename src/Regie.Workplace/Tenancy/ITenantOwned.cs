namespace Regie.Workplace.Tenancy;

/// <summary>
/// An entity that belongs to one organisation. Storage filters every query on the current organisation and refuses
/// to save an entity of another one, so isolation holds below the pages and endpoints.
/// </summary>
public interface ITenantOwned
{
    Guid OrganisationId { get; }
}

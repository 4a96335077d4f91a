namespace Regie.Workplace.Organisations;

/// <summary>
/// An organisation, as typed by its administrator. <paramref name="HasWorksCouncil"/> defaults to what the size
/// class requires (WOR art. 2: from 50 people).
/// </summary>
public sealed record OrganisationRequest(string? Name, string? KvkNumber, string? SbiSection, SizeClass? Size, bool? HasWorksCouncil = null);

/// <summary>A unit of the organisation.</summary>
public sealed record OrgUnitRequest(string? Name, Guid? ParentId);

/// <summary>A worker group.</summary>
public sealed record WorkerGroupRequest(
    string? Name, Guid? OrgUnitId, ContractTypes ContractTypes, HeadcountBand? Headcount, string? Location);

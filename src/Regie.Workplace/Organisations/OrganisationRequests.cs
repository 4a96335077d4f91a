namespace Regie.Workplace.Organisations;

/// <summary>A new organisation, as typed by its first administrator.</summary>
public sealed record OrganisationRequest(string? Name, string? KvkNumber, string? SbiSection, SizeClass? Size);

/// <summary>A unit of the organisation.</summary>
public sealed record OrgUnitRequest(string? Name, Guid? ParentId);

/// <summary>A worker group.</summary>
public sealed record WorkerGroupRequest(
    string? Name, Guid? OrgUnitId, ContractTypes ContractTypes, HeadcountBand? Headcount, string? Location);

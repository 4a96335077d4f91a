using System.Text.Json.Serialization;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Organisations;

/// <summary>
/// People who share a job family and working conditions, including those not on the payroll: the Partnership on
/// AI Job Impact Assessment asks for agency, contract and outsourced workers to be counted too.
/// </summary>
public sealed class WorkerGroup : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public required string Name { get; set; }

    public Guid? OrgUnitId { get; set; }

    public ContractTypes ContractTypes { get; set; }

    public HeadcountBand Headcount { get; set; }

    public string? Location { get; set; }
}

/// <summary>How the people in a group are engaged; a group may mix several.</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<ContractTypes>))]
public enum ContractTypes
{
    None = 0,
    Employee = 1,
    Agency = 2,
    Contractor = 4,
    Outsourced = 8,
}

/// <summary>Size of a worker group, in bands (never exact numbers of people).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HeadcountBand>))]
public enum HeadcountBand
{
    Under10 = 1,
    From10To49 = 2,
    From50To249 = 3,
    From250 = 4,
}

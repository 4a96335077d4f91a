using Regie.Workplace.Organisations;

namespace Regie.Web.Components.Pages.Workplace.Organisations;

/// <summary>The form for a new unit; ids post as text so that a tampered value comes back as a field error.</summary>
internal sealed class UnitForm
{
    public string? Name { get; set; }

    public string? ParentId { get; set; }

    public OrgUnitRequest ToRequest() => new(Name, StructureFormValues.Id(ParentId));
}

/// <summary>The form for a new worker group.</summary>
internal sealed class WorkerGroupForm
{
    public string? Name { get; set; }

    public string? OrgUnitId { get; set; }

    /// <summary>The checked <see cref="ContractTypes"/> names (null when none is checked: the form mapper leaves it so).</summary>
    public List<string>? ContractTypes { get; set; }

    /// <summary>A <see cref="HeadcountBand"/> name.</summary>
    public string? Headcount { get; set; }

    public string? Location { get; set; }

    public WorkerGroupRequest ToRequest() => new(
        Name,
        StructureFormValues.Id(OrgUnitId),
        (ContractTypes ?? []).Aggregate(Regie.Workplace.Organisations.ContractTypes.None, (all, name) =>
            Enum.TryParse<ContractTypes>(name, out var one) && Enum.IsDefined(one) ? all | one : all),
        Enum.TryParse<HeadcountBand>(Headcount, out var band) && Enum.IsDefined(band) ? band : null,
        Location);
}

/// <summary>Reading posted choices.</summary>
internal static class StructureFormValues
{
    /// <summary>
    /// An optional id from a drop-down list: empty is "none". Text that is not an id becomes an id that matches no
    /// row, so the use case reports it beside the field instead of it being silently dropped.
    /// </summary>
    public static Guid? Id(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Guid.TryParse(text, out var id) ? id : Guid.Empty;
}

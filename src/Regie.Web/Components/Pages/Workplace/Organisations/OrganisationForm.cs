using Regie.Workplace.Organisations;

namespace Regie.Web.Components.Pages.Workplace.Organisations;

/// <summary>
/// The organisation form (new and settings). Everything posts as text, so that what was typed comes back unchanged
/// beside its error; the use case validates. Public because OrganisationFields (a component) takes it as a parameter.
/// </summary>
public sealed class OrganisationForm
{
    /// <summary><see cref="WorksCouncil"/> for "follow the law": a works council from 50 people (WOR art. 2).</summary>
    public const string WorksCouncilByLaw = "law";

    public string? Name { get; set; }

    public string? KvkNumber { get; set; }

    public string? SbiSection { get; set; }

    /// <summary>A <see cref="SizeClass"/> name.</summary>
    public string? Size { get; set; }

    /// <summary>"yes", "no", or for a new organisation <see cref="WorksCouncilByLaw"/>.</summary>
    public string? WorksCouncil { get; set; } = WorksCouncilByLaw;

    public OrganisationRequest ToRequest() => new(
        Name,
        KvkNumber,
        SbiSection,
        Enum.TryParse<SizeClass>(Size, out var size) && Enum.IsDefined(size) ? size : null,
        WorksCouncil switch { "yes" => true, "no" => false, _ => null });

    public static OrganisationForm From(Organisation organisation) => new()
    {
        Name = organisation.Name,
        KvkNumber = organisation.KvkNumber,
        SbiSection = organisation.SbiCode,
        Size = organisation.Size.ToString(),
        WorksCouncil = organisation.HasWorksCouncil ? "yes" : "no",
    };
}

using Regie.Workplace.Organisations;
using Regie.Workplace.People;

namespace Regie.Cli.Commands.Demo;

/// <summary>
/// The demo organisation of <c>regie demo seed</c>: a care group that does not exist. Every name, number and address
/// is made up and says so: the KvK number is a placeholder, the addresses use the reserved <c>.example</c> domain
/// (RFC 2606), and names end in "(fictief)" or start with "Demo".
/// </summary>
internal static class DemoOrganisation
{
    /// <summary>The common start of the demo organisations' names, for finding earlier copies.</summary>
    public const string BaseName = "Zorggroep Voorbeeldhaven";

    /// <summary>A KvK number of the right form that stands for "made up" in the demo.</summary>
    public const string KvkNumber = "99999999";

    /// <summary>SBI section Q: human health and social work activities.</summary>
    public const string SbiSection = "Q";

    public const string MailDomain = "voorbeeldhaven.example";

    /// <summary>The first copy is "Zorggroep Voorbeeldhaven (fictief)", the next "Zorggroep Voorbeeldhaven 2 (fictief)".</summary>
    public static string NameOfCopy(int copy) => copy <= 1 ? $"{BaseName} (fictief)" : $"{BaseName} {copy} (fictief)";

    public static OrganisationRequest Request(string name) => new(name, KvkNumber, SbiSection, SizeClass.From250, HasWorksCouncil: true);

    /// <summary>The demo account of a role: its e-mail address and the name other members see.</summary>
    public static (string Email, string DisplayName) AccountOf(Role role)
    {
        var (local, name) = role switch
        {
            Role.OrgAdmin => ("beheerder", "Demo Beheerder"),
            Role.SystemOwner => ("eigenaar", "Demo Systeemeigenaar"),
            Role.Assessor => ("beoordelaar", "Demo Beoordelaar"),
            Role.Reviewer => ("toetser", "Demo Toetser"),
            Role.PrivacyOfficer => ("fg", "Demo Functionaris Gegevensbescherming"),
            Role.Executive => ("bestuurder", "Demo Bestuurder"),
            Role.WorksCouncil => ("or", "Demo OR-lid"),
            Role.ExternalExpert => ("deskundige", "Demo Externe Deskundige"),
            Role.UnionRep => ("vakbond", "Demo Vakbondsvertegenwoordiger"),
            Role.Overseer => ("toezicht", "Demo Toezichthouder"),
            Role.Employee => ("medewerker", "Demo Medewerker"),
            Role.Auditor => ("auditor", "Demo Auditor"),
            Role.SurveySteward => ("peiling", "Demo Peilingbeheerder"),
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a single role."),
        };
        return ($"{local}@{MailDomain}", name);
    }

    /// <summary>Units of the care group.</summary>
    public static IReadOnlyList<string> Units { get; } = ["Thuiszorg", "Verpleeghuis", "Staf en ondersteuning"];

    /// <summary>Worker groups, including agency, self-employed and outsourced workers (Partnership on AI JIA).</summary>
    public static IReadOnlyList<DemoWorkerGroup> WorkerGroups { get; } =
    [
        new("Wijkverpleging", "Thuiszorg", ContractTypes.Employee, HeadcountBand.From50To249, "Voorbeeldhaven-Noord (fictief)"),
        new("Zorgteams verpleeghuis", "Verpleeghuis", ContractTypes.Employee | ContractTypes.Agency, HeadcountBand.From250, "Locatie De Haven (fictief)"),
        new("Flexpool zorg", null, ContractTypes.Agency | ContractTypes.Contractor, HeadcountBand.From10To49, null),
        new("Planning en administratie", "Staf en ondersteuning", ContractTypes.Employee, HeadcountBand.From10To49, null),
        new("ICT-beheer (uitbesteed)", "Staf en ondersteuning", ContractTypes.Outsourced, HeadcountBand.Under10, null),
    ];

    /// <summary>Job profiles on real ISCO-08 unit groups; their tasks come from the shipped ILO task lists.</summary>
    public static IReadOnlyList<DemoJobProfile> JobProfiles { get; } =
    [
        new("Wijkverpleegkundige", "2221", "Wijkverpleging"),
        new("Verzorgende IG", "5321", "Zorgteams verpleeghuis"),
        new("Planner en administratief medewerker", "4110", "Planning en administratie"),
        new("Applicatieontwikkelaar", "2512", "ICT-beheer (uitbesteed)"),
    ];
}

internal sealed record DemoWorkerGroup(string Name, string? Unit, ContractTypes ContractTypes, HeadcountBand Headcount, string? Location);

/// <summary>A job profile: a title, its ISCO-08 unit group (2221 nursing professionals, 5321 health care assistants, 4110 general office clerks, 2512 software developers) and its worker group.</summary>
internal sealed record DemoJobProfile(string Title, string IscoCode, string WorkerGroup);

namespace Regie.Workplace.People;

/// <summary>Role names as people read them, in Dutch and English.</summary>
public static class RoleNames
{
    public static string Of(Role role, string language) => (role, language == "nl") switch
    {
        (Role.OrgAdmin, true) => "Beheerder organisatie",
        (Role.OrgAdmin, false) => "Organisation administrator",
        (Role.SystemOwner, true) => "Eigenaar AI-systeem",
        (Role.SystemOwner, false) => "AI system owner",
        (Role.Assessor, true) => "Beoordelaar",
        (Role.Assessor, false) => "Assessor",
        (Role.Reviewer, true) => "Toetser (HR, juridisch, security, preventiemedewerker)",
        (Role.Reviewer, false) => "Reviewer (HR, legal, security, prevention officer)",
        (Role.PrivacyOfficer, true) => "Functionaris gegevensbescherming",
        (Role.PrivacyOfficer, false) => "Privacy officer (DPO)",
        (Role.Executive, true) => "Bestuurder",
        (Role.Executive, false) => "Executive",
        (Role.WorksCouncil, true) => "Lid ondernemingsraad",
        (Role.WorksCouncil, false) => "Works council member",
        (Role.ExternalExpert, true) => "Externe deskundige",
        (Role.ExternalExpert, false) => "External expert",
        (Role.UnionRep, true) => "Vakbondsvertegenwoordiger",
        (Role.UnionRep, false) => "Union representative",
        (Role.Overseer, true) => "Menselijk toezichthouder",
        (Role.Overseer, false) => "Human overseer",
        (Role.Employee, true) => "Medewerker",
        (Role.Employee, false) => "Employee",
        (Role.Auditor, true) => "Auditor",
        (Role.Auditor, false) => "Auditor",
        (Role.SurveySteward, true) => "Peilingbeheerder",
        (Role.SurveySteward, false) => "Survey steward",
        _ => role.ToString(),
    };
}

namespace Regie.Web.Components.Pages.Workplace;

/// <summary>The Workplace's page addresses (Dutch, like the rest of the site), in one place for links and tests.</summary>
internal static class WorkplaceRoutes
{
    public const string Mine = "/werkplek";
    public const string NewOrganisation = "/werkplek/nieuw";

    public static string Overview(Guid org) => $"/werkplek/{org}";
    public static string Settings(Guid org) => $"/werkplek/{org}/instellingen";
    public static string Structure(Guid org) => $"/werkplek/{org}/structuur";
    public static string JobProfiles(Guid org) => $"/werkplek/{org}/functies";
    public static string JobProfile(Guid org, Guid id) => $"/werkplek/{org}/functies/{id}";
    public static string NewJobProfile(Guid org) => $"/werkplek/{org}/functies/nieuw";
    public static string People(Guid org) => $"/werkplek/{org}/mensen";
    public static string Invite(Guid org) => $"/werkplek/{org}/mensen/uitnodigen";
    public static string AiSystems(Guid org) => $"/werkplek/{org}/ai-systemen";
    public static string NewAiSystem(Guid org) => $"/werkplek/{org}/ai-systemen/nieuw";
    public static string AiSystem(Guid org, Guid id) => $"/werkplek/{org}/ai-systemen/{id}";
    public static string EditAiSystem(Guid org, Guid id) => $"/werkplek/{org}/ai-systemen/{id}/bewerken";
    public static string Screening(Guid org, Guid id) => $"/werkplek/{org}/ai-systemen/{id}/screening";

    // Works-council consultation (issue 5, item 2: wor)
    public static string Consultation(Guid org, Guid systemId) => $"/werkplek/{org}/ai-systemen/{systemId}/inspraak";

    public static string Procedure(Guid org, Guid procedureId) => $"/werkplek/{org}/inspraak/{procedureId}";
    public static string InternalRegister(Guid org) => $"/werkplek/{org}/register";
    public static string AuditLog(Guid org) => $"/werkplek/{org}/auditlog";
    public static string AcceptInvitation(string token) => $"/uitnodiging/{token}";
}

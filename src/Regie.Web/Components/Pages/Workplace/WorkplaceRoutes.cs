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
    // Job impact assessment (issue 5, item 1).
    public static string Assessments(Guid org, Guid systemId) => $"/werkplek/{org}/ai-systemen/{systemId}/beoordelingen";
    public static string Assessment(Guid org, Guid id) => $"/werkplek/{org}/beoordelingen/{id}";
    // Oversight in practice (issue 5 item 5)
    public static string Oversight(Guid org, Guid id) => $"/werkplek/{org}/ai-systemen/{id}/toezicht";
    public static string OversightLog(Guid org, Guid id) => $"/werkplek/{org}/ai-systemen/{id}/toezicht/logboek";
    public static string OversightKeys(Guid org, Guid id) => $"/werkplek/{org}/ai-systemen/{id}/toezicht/sleutels";
    public static string MyOversight(Guid org) => $"/werkplek/{org}/mijn-toezicht";
    public static string OverseerOversight(Guid org, Guid member) => $"/werkplek/{org}/toezicht/toezichthouders/{member}";

    // Measures (issue 5, walk): the owner moves a measure, the works council verifies its conditions.
    public static string Measure(Guid org, Guid id) => $"/werkplek/{org}/maatregelen/{id}";
    public static string Measures(Guid org, Guid systemId) => $"/werkplek/{org}/ai-systemen/{systemId}/maatregelen";

    public static string AcceptInvitation(string token) => $"/uitnodiging/{token}";

    // Concerns and requests (issue 5, item 4: voice). The public pages live outside /werkplek: no account needed.
    public static string RaiseConcern(Guid org) => $"/melding/nieuw/{org}";
    public static string ConcernLink(string token) => $"/melding/{token}";
    public static string Concerns(Guid org) => $"/werkplek/{org}/meldingen";
    public static string Concern(Guid org, Guid id) => $"/werkplek/{org}/meldingen/{id}";
    public static string Requests(Guid org) => $"/werkplek/{org}/verzoeken";
    public static string NewRequest(Guid org) => $"/werkplek/{org}/verzoeken/nieuw";
    public static string Request(Guid org, Guid id) => $"/werkplek/{org}/verzoeken/{id}";
    // Pulse (issue 5 item 3): the steward's and readers' pages, and the public answer page (no sign-in).
    public static string Pulse(Guid org) => $"/werkplek/{org}/peilingen";
    public static string PulseSurvey(Guid org, Guid id) => $"/werkplek/{org}/peilingen/{id}";
    public static string PulseAnswer(string token) => $"/peiling/{token}";
    // AI literacy (issue 5, item 6: literacy)
    public static string Literacy(Guid org) => $"/werkplek/{org}/ai-geletterdheid";
    public static string MyLiteracy(Guid org) => $"/werkplek/{org}/ai-geletterdheid/mijn";
    public static string SelfAssessment(Guid org) => $"/werkplek/{org}/ai-geletterdheid/mijn/zelftest";
    public static string LiteracyTraining(Guid org) => $"/werkplek/{org}/ai-geletterdheid/opleidingen";
    public static string SystemLiteracy(Guid org, Guid id) => $"/werkplek/{org}/ai-systemen/{id}/ai-geletterdheid";
    // Reports (issue 5 item 7): the list, the board summary and the reports per system.
    public static string Reports(Guid org) => $"/werkplek/{org}/rapporten";
    public static string SystemReport(Guid org, Guid systemId, string slug) => $"/werkplek/{org}/ai-systemen/{systemId}/rapporten/{slug}";
}

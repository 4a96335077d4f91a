using System.Net;
using System.Text.RegularExpressions;
using Regie.TestKit.Workplace;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Register;

[Collection(RegisterPagesCollection.Name)]
public sealed partial class AiSystemPageTests(RegisterHost host)
{
    [Fact]
    public async Task The_owner_moves_a_new_system_to_screening_step_by_step()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner);
        var owner = team[Role.SystemOwner];
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);

        var location = await owner.SubmitAndFollowAsync(Steps.System(team.Id, id), "move-Intake", []);
        await owner.MoveAsync(team.Id, id, "Screening");
        var page = await owner.PageAsync(Steps.System(team.Id, id));

        Assert.EndsWith("?melding=verplaatst", location, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"step\" data-status=\"Screening\"", page, StringComparison.Ordinal);
        Assert.Contains("data-status=\"Intake\"><span class=\"regie-steps__name\">Intake</span><span class=\"regie-steps__mark\">gedaan</span>", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/werkplek/{team.Id}/ai-systemen/{id}/screening\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaving_screening_unscreened_is_offered_disabled_with_the_reason_and_refused_when_posted()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner);
        var owner = team[Role.SystemOwner];
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);
        await owner.MoveAsync(team.Id, id, "Intake", "Screening");

        var page = await owner.PageAsync(Steps.System(team.Id, id));
        var (status, refused) = await owner.SubmitForPageAsync(Steps.System(team.Id, id), "move-ImpactAssessment", []);

        Assert.Matches("<button type=\"submit\" disabled aria-describedby=\"move-ImpactAssessment-why\"", page);
        Assert.Contains("data-gate=\"screening-missing\">De AI Act-screening is nog niet gedaan.</li>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("De stap naar Effectbeoordeling kan nog niet. Eerst moet dit gebeuren:", refused, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"step\" data-status=\"Screening\"", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_executive_sees_the_pilot_blocked_by_open_duties_completes_them_with_evidence_and_starts_the_pilot()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.Executive, Role.WorksCouncil);
        var (owner, executive) = (team[Role.SystemOwner], team[Role.Executive]);
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);
        await owner.MoveAsync(team.Id, id, "Intake", "Screening");
        await owner.ScreenAsync(team.Id, id, Answers.HighRisk());
        await owner.MoveAsync(team.Id, id, "ImpactAssessment", "Consultation", "Decision");
        await executive.MoveAsync(team.Id, id, "Preparation");
        var page = await executive.PageAsync(Steps.System(team.Id, id));
        var oversight = DutyForm(page, "Art14OversightDesign");

        var (status, withoutEvidence) = await executive.SubmitForPageAsync(Steps.System(team.Id, id), oversight, Duty("Done", ""));
        // Issue 5 (wor): the works-council and 26(7)/26(11) duties follow the real procedure and notice, not a tick.
        await Consultation.ConsultationFlowSteps.RunAdviceAndConsentAsync(team, id);
        var ready = await executive.PageAsync(Steps.System(team.Id, id));
        foreach (var form in DutyForms(ready, beforeUseOnly: true))
        {
            await executive.SubmitAndFollowAsync(Steps.System(team.Id, id), form, Duty("Done", "Besluit van 3 maart, map AI-register"));
        }

        await executive.MoveAsync(team.Id, id, "Pilot");
        var piloted = await executive.PageAsync(Steps.System(team.Id, id));

        Assert.Matches("data-move=\"Pilot\">.*?<button type=\"submit\" disabled", Regex.Replace(page, "\\s+", " "));
        Assert.Contains("data-subject=\"Art26_7InformWorkers\">Plicht nog niet afgerond: Werknemers informeren (AI-verordening art. 26 lid 7)</li>", page, StringComparison.Ordinal);
        Assert.Contains("data-subject=\"Wor27ConsentRequest\">Plicht nog niet afgerond: Instemming vragen aan de OR (WOR art. 27 lid 1 sub l)</li>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("<details class=\"regie-details\" open><summary>Bijwerken: Menselijk toezicht inrichten</summary>", withoutEvidence);
        Assert.Matches("class=\"utrecht-form-field-error-message\" id=\"duty-[0-9a-f]{32}-evidence-error\">Beschrijf eerst wat laat zien dat de plicht is vervuld. Zonder bewijs kan de plicht niet afgerond worden.</div>", withoutEvidence);
        Assert.Contains("aria-current=\"step\" data-status=\"Pilot\"", piloted, StringComparison.Ordinal);
        Assert.Contains("Besluit van 3 maart, map AI-register", piloted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_who_may_not_make_a_move_is_told_who_may()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner);
        var owner = team[Role.SystemOwner];
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);

        var page = await owner.PageAsync(Steps.System(team.Id, id));
        var (status, refused) = await owner.SubmitForPageAsync(Steps.System(team.Id, id), "move-Decommissioned", []);

        Assert.Contains("Deze stap mag alleen gezet worden door: Bestuurder.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("U mag de stap naar Buiten gebruik niet zetten. Deze stap mag alleen gezet worden door: Bestuurder.", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_executive_decommissions_a_blocked_system_after_a_warning_and_nothing_follows()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.Executive);
        var id = await team[Role.SystemOwner].RegisterSystemAsync(team.Id, team.WorkerGroupId);
        await team[Role.SystemOwner].ScreenAsync(team.Id, id, Answers.Prohibited());
        var executive = team[Role.Executive];

        var page = await executive.PageAsync(Steps.System(team.Id, id));
        await executive.MoveAsync(team.Id, id, "Decommissioned");
        var decommissioned = await executive.PageAsync(Steps.System(team.Id, id));

        Assert.Contains("Buiten gebruik stellen is de laatste stap", page, StringComparison.Ordinal);
        Assert.Contains(">Ja, stel het systeem buiten gebruik</button>", page, StringComparison.Ordinal);
        Assert.Contains("Het systeem staat buiten de gewone volgorde, in de stap Buiten gebruik.", decommissioned, StringComparison.Ordinal);
        Assert.Contains("Vanuit deze stap is geen volgende stap mogelijk.", decommissioned, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_without_the_duty_role_see_the_checklist_without_edit_forms()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.WorksCouncil);
        var owner = team[Role.SystemOwner];
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);
        await owner.MoveAsync(team.Id, id, "Intake", "Screening");
        await owner.ScreenAsync(team.Id, id, Answers.HighRisk());

        var page = await team[Role.WorksCouncil].PageAsync(Steps.System(team.Id, id));

        Assert.Contains("data-duty=\"Art26_7InformWorkers\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"_handler\" value=\"duty-", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/screening\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_system_is_not_found()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner);

        using var response = await team[Role.SystemOwner].GetAsync(Steps.System(team.Id, Guid.NewGuid()));
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("AI-systeem niet gevonden", page, StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> Duty(string status, string evidence) =>
        [new("OwnerMemberId", ""), new("DueDate", ""), new("Status", status), new("Evidence", evidence)];

    /// <summary>The form name of the edit form of the duty of this kind.</summary>
    private static string DutyForm(string page, string kind) =>
        DutyArticle().Matches(page).First(m => m.Groups["kind"].Value == kind).Groups["form"].Value;

    private static IEnumerable<string> DutyForms(string page, bool beforeUseOnly) =>
        DutyArticle().Matches(page).Where(m => !beforeUseOnly || m.Value.Contains("data-before-use=\"true\"", StringComparison.Ordinal))
            .Select(m => m.Groups["form"].Value);

    [GeneratedRegex("<article class=\"regie-duty\" id=\"duty-[^\"]+\" data-duty=\"(?<kind>[A-Za-z0-9_]+)\">.*?name=\"_handler\" value=\"(?<form>duty-[0-9a-f-]+)\"", RegexOptions.Singleline)]
    private static partial Regex DutyArticle();
}

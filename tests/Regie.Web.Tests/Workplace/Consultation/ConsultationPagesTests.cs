using System.Net;
using Regie.TestKit.Workplace;
using Regie.Web.Tests.Workplace.Register;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Consultation;

[Collection(RegisterPagesCollection.Name)]
public sealed class ConsultationPagesTests(RegisterHost host)
{
    [Fact]
    public async Task Owner_council_and_executive_run_advice_and_consent_on_the_pages_and_then_the_pilot_may_start()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.Executive, Role.WorksCouncil);
        var (owner, executive, council) = (team[Role.SystemOwner], team[Role.Executive], team[Role.WorksCouncil]);
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);
        await owner.MoveAsync(team.Id, id, "Intake", "Screening");
        await owner.ScreenAsync(team.Id, id, Answers.HighRisk());
        await owner.MoveAsync(team.Id, id, "ImpactAssessment", "Consultation", "Decision");
        await executive.MoveAsync(team.Id, id, "Preparation");
        var today = DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var before = await executive.PageAsync(Steps.System(team.Id, id));

        var advice = await owner.StartAndSendAsync(team.Id, id, "Advice");
        await council.RecordMeetingAsync(team.Id, advice, today);
        await council.GivePositionAsync(team.Id, advice, "ConditionalAdvice", "Alleen met training.", "Training voor elke planner\nEvaluatie na zes maanden");
        await executive.NotifyAsync(team.Id, advice, today);
        await owner.CloseAsync(team.Id, advice);
        var consent = await owner.StartAndSendAsync(team.Id, id, "Consent");
        await owner.RecordMeetingAsync(team.Id, consent, today);
        await council.GivePositionAsync(team.Id, consent, "ConsentGiven");
        await executive.NotifyAsync(team.Id, consent, today);
        await owner.CloseAsync(team.Id, consent);
        await owner.SendNoticeAsync(team.Id, id);
        var procedure = await council.PageAsync(ConsultationSteps.Procedure(team.Id, advice));
        var dossier = await council.PageAsync(ConsultationSteps.Dossier(team.Id, id));
        foreach (var form in ConsultationSteps.BeforeUseDutyForms(await executive.PageAsync(Steps.System(team.Id, id))))
        {
            await executive.SubmitAndFollowAsync(Steps.System(team.Id, id), form, [new("OwnerMemberId", ""), new("DueDate", ""), new("Status", "Done"), new("Evidence", "In het dossier")]);
        }

        await executive.MoveAsync(team.Id, id, "Pilot");

        Assert.Contains("data-gate=\"advice-procedure-missing\"", before, StringComparison.Ordinal);
        Assert.Contains("De OR is nog niet om instemming gevraagd (WOR art. 27 lid 1 sub l).", before, StringComparison.Ordinal);
        Assert.Contains("Het bericht aan de OR en de betrokken werknemers is nog niet verstuurd (AI-verordening art. 26 lid 7).", before, StringComparison.Ordinal);
        Assert.Contains("data-procedure-status=\"Closed\"", procedure, StringComparison.Ordinal);
        Assert.Contains(">Training voor elke planner</a></td>", procedure, StringComparison.Ordinal); // each condition links to its measure page
        Assert.Contains("data-term=\"due\"", procedure, StringComparison.Ordinal);
        Assert.Contains("data-notice=\"Sent\"", dossier, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"step\" data-status=\"Pilot\"", await executive.PageAsync(Steps.System(team.Id, id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_request_keeps_what_was_typed_and_says_what_is_missing()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner);
        var owner = team[Role.SystemOwner];
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);

        var (status, page) = await owner.SubmitForPageAsync($"{ConsultationSteps.Dossier(team.Id, id)}?soort=Advice", "start",
            [new("Kind", "Advice"), new("Motives", ""), new("Consequences", "Planners controleren voorstellen."), new("ProposedMeasures", ""), new("AnswerTermMonths", "1")]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Planners controleren voorstellen.</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("Vul de beweegredenen in (hoogstens 4000 tekens).", page, StringComparison.Ordinal);
        Assert.Contains("Kies de wettelijke grondslag die bij deze aanvraag hoort.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_employee_cannot_open_the_consultation_dossier()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.Employee);
        var id = await team[Role.SystemOwner].RegisterSystemAsync(team.Id, team.WorkerGroupId);

        using var response = await team[Role.Employee].GetAsync(ConsultationSteps.Dossier(team.Id, id));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

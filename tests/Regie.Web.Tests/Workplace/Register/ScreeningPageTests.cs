using System.Net;
using Regie.TestKit.Workplace;
using Regie.Workplace.People;
using Regie.Workplace.Screening;

namespace Regie.Web.Tests.Workplace.Register;

[Collection(RegisterPagesCollection.Name)]
public sealed class ScreeningPageTests(RegisterHost host)
{
    [Fact]
    public async Task High_risk_answers_give_the_high_risk_class_with_its_reasons_and_duties()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner);
        var owner = team[Role.SystemOwner];
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);
        await owner.MoveAsync(team.Id, id, "Intake", "Screening");

        var outcome = await owner.ScreenAsync(team.Id, id, Answers.HighRisk());
        var page = await owner.PageAsync(Steps.System(team.Id, id));

        Assert.Contains("<h2 class=\"utrecht-heading-2\" id=\"outcome-heading\">Uitkomst: Hoog risico</h2>", outcome, StringComparison.Ordinal);
        Assert.Contains("data-reason=\"AnnexIii4bWorkRelationship\"><strong>Beslissingen over werk</strong>", outcome, StringComparison.Ordinal);
        Assert.Contains("(AI-verordening bijlage III punt 4 sub b)", outcome, StringComparison.Ordinal);
        Assert.Contains("data-duty=\"Art26_7InformWorkers\"><strong>Werknemers informeren</strong>", outcome, StringComparison.Ordinal);
        Assert.Contains("data-duty=\"Wor27ConsentRequest\"", outcome, StringComparison.Ordinal);
        Assert.Contains($"href=\"/werkplek/{team.Id}/ai-systemen/{id}\">Terug naar Roosterassistent</a>", outcome, StringComparison.Ordinal);
        Assert.Contains("data-risk-class=\"HighRisk\"><p class=\"utrecht-paragraph\"><strong>Hoog risico</strong>", page, StringComparison.Ordinal);
        Assert.Contains("door SystemOwner Tester.", page, StringComparison.Ordinal);
        Assert.Contains("0 van de 9 plichten die vóór gebruik af moeten zijn, zijn afgerond.", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_answers_are_named_beside_each_question_and_in_a_summary_and_the_answers_given_are_kept()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner);
        var owner = team[Role.SystemOwner];
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);

        var (status, page) = await owner.SubmitForPageAsync(Steps.Screening(team.Id, id), "screening",
            Steps.Fields(new ScreeningAnswers { IsAiSystem = true, SocialScoring = false }));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Deze vragen moeten nog beantwoord worden", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/werkplek/{team.Id}/ai-systemen/{id}/screening#q-Role\">Wat is de rol van uw organisatie?: Beantwoord deze vraag: uw andere antwoorden maken haar nodig.</a>", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"utrecht-form-field-error-message\" id=\"q-EmotionRecognitionAtWork-error\">Beantwoord deze vraag: uw andere antwoorden maken haar nodig.</div>", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"q-Role-description q-Role-error\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"q-SocialScoring-error\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"q-RecruitmentOrSelection-error\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"IsAiSystem\" value=\"true\" checked", page, StringComparison.Ordinal);
        Assert.Contains("name=\"SocialScoring\" value=\"false\" checked", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claimed_exception_without_reasoning_asks_for_the_reasoning()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner);
        var owner = team[Role.SystemOwner];
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);

        var (_, page) = await owner.SubmitForPageAsync(Steps.Screening(team.Id, id), "screening",
            Steps.Fields(Answers.HighRisk() with { ExceptionClaimed = Art63Exception.PreparatoryTask, ProfilesPersons = false }));

        Assert.Contains("id=\"q-ExceptionReasoning-error\">Leg uit waarom de uitzondering geldt. De wet vraagt om die uitleg vast te leggen (AI-verordening art. 6 lid 4).</div>", page, StringComparison.Ordinal);
        Assert.Contains("name=\"ExceptionClaimed\" value=\"PreparatoryTask\" checked", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emotion_recognition_at_work_stands_out_and_answering_yes_blocks_the_system()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.Executive);
        var owner = team[Role.SystemOwner];
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);
        var form = await owner.PageAsync(Steps.Screening(team.Id, id));

        var outcome = await owner.ScreenAsync(team.Id, id, Answers.Prohibited());
        var page = await team[Role.Executive].PageAsync(Steps.System(team.Id, id));
        using var again = await owner.GetAsync(Steps.Screening(team.Id, id));
        var refused = await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Matches("data-prominent=\"emotion-recognition\">.*?id=\"q-EmotionRecognitionAtWork\".*?id=\"q-EmotionRecognitionForMedicalOrSafety\"", form.ReplaceLineEndings(" "));
        Assert.Contains("Uitkomst: Verboden", outcome, StringComparison.Ordinal);
        Assert.Contains("data-reason=\"Art5EmotionRecognitionAtWork\"", outcome, StringComparison.Ordinal);
        Assert.Contains("Het systeem is nu geblokkeerd.", outcome, StringComparison.Ordinal);
        Assert.Contains("data-blocked=\"true\"", page, StringComparison.Ordinal);
        Assert.Contains("<h2 class=\"utrecht-heading-2 regie-alert-title\" id=\"blocked-heading\">Dit systeem is geblokkeerd</h2>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-current=\"step\"", page, StringComparison.Ordinal);
        Assert.Contains("Het systeem staat buiten de gewone volgorde, in de stap Geblokkeerd (verboden).", page, StringComparison.Ordinal);
        Assert.Contains("data-move=\"Decommissioned\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-move=\"Pilot\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Een nieuwe screening is niet meer mogelijk.", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_screening_starts_from_the_answers_of_the_first()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner);
        var owner = team[Role.SystemOwner];
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);
        await owner.ScreenAsync(team.Id, id, Answers.HighRisk());

        var form = await owner.PageAsync(Steps.Screening(team.Id, id));

        Assert.Contains("De antwoorden van de vorige screening staan al ingevuld.", form, StringComparison.Ordinal);
        Assert.Contains("name=\"WorkRelationshipDecisions\" value=\"true\" checked", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Role\" value=\"Deployer\" checked", form, StringComparison.Ordinal);
        Assert.Contains("name=\"ExceptionClaimed\" value=\"None\" checked", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_screening_speaks_English_when_chosen()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner);
        var owner = team[Role.SystemOwner];
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);

        var form = await owner.PageAsync(Steps.Screening(team.Id, id) + "?lang=en");

        Assert.Contains("<h1 class=\"utrecht-heading-1\">AI Act screening: Roosterassistent</h1>", form, StringComparison.Ordinal);
        Assert.Contains("Does the system infer the emotions of people at work?", form, StringComparison.Ordinal);
        Assert.Contains("3. Prohibited practices (Art. 5)", form, StringComparison.Ordinal);
        Assert.Contains(">Not answered yet</label>", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_who_may_not_screen_are_refused()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.WorksCouncil);
        var id = await team[Role.SystemOwner].RegisterSystemAsync(team.Id, team.WorkerGroupId);

        using var response = await team[Role.WorksCouncil].GetAsync(Steps.Screening(team.Id, id));
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("name=\"_handler\" value=\"screening\"", page, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Regie.TestKit.Workplace;
using Regie.Web.Tests.Workplace.Consultation;
using Regie.Web.Tests.Workplace.Register;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Measures;

[Collection(RegisterPagesCollection.Name)]
public sealed class MeasurePagesTests(RegisterHost host)
{
    [Fact]
    public async Task The_council_sends_a_done_condition_back_with_its_reason_and_verifies_it_once_it_is_done_again()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.Executive, Role.WorksCouncil);
        var (owner, council) = (team[Role.SystemOwner], team[Role.WorksCouncil]);
        var page = await ConditionPageAsync(team, "Geen cijfers per persoon");
        await MoveAsync(owner, page, "InProgress");
        await MoveAsync(owner, page, "InReview");
        await MoveAsync(owner, page, "Done", evidence: "Rapport uitgezet");
        var ownerView = await owner.PageAsync(page);

        var (refusedStatus, refused) = await council.SubmitForPageAsync(page, "return", [new("Reason", "")]);
        await council.SubmitAndFollowAsync(page, "return", [new("Reason", "Het dashboard toont ze nog.")]);
        var sentBack = await council.PageAsync(page);
        await MoveAsync(owner, page, "InReview");
        await MoveAsync(owner, page, "Done", evidence: "Rapport en dashboard uitgezet");
        await council.SubmitAndFollowAsync(page, "verify", []);
        var verified = await council.PageAsync(page);

        Assert.DoesNotContain("data-form=\"verify\"", ownerView, StringComparison.Ordinal); // only the council verifies
        Assert.Equal(HttpStatusCode.BadRequest, refusedStatus);
        Assert.Contains("Schrijf op waarom.", refused, StringComparison.Ordinal);
        Assert.Contains("data-measure-status=\"InProgress\"", sentBack, StringComparison.Ordinal);
        Assert.Contains("Het dashboard toont ze nog.", sentBack, StringComparison.Ordinal);
        Assert.Contains("data-works-council=\"verified\"", verified, StringComparison.Ordinal);
        Assert.Contains("data-settled=\"yes\"", verified, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_without_evidence_is_refused_and_keeps_the_reason_typed()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.Executive, Role.WorksCouncil);
        var owner = team[Role.SystemOwner];
        var page = await ConditionPageAsync(team, "Training voor planners");
        await MoveAsync(owner, page, "InProgress");
        await MoveAsync(owner, page, "InReview");

        var (status, refused) = await owner.SubmitForPageAsync(page, "move", [new("To", "Done"), new("Evidence", ""), new("Reason", "Bijna klaar")]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Schrijf op wat laat zien dat de maatregel werkt.", refused, StringComparison.Ordinal);
        Assert.Contains("Bijna klaar</textarea>", refused, StringComparison.Ordinal);
        Assert.Contains("data-measure-status=\"InReview\"", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organisation_cannot_open_a_measure_by_its_own_route_or_the_owners()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.Executive, Role.WorksCouncil);
        using var other = await Team.CreateAsync(host, Role.SystemOwner);
        var page = await ConditionPageAsync(team, "Evaluatie na zes maanden");
        var measure = page[(page.LastIndexOf('/') + 1)..];

        using var byOwnRoute = await other[Role.SystemOwner].GetAsync($"/werkplek/{other.Id}/maatregelen/{measure}");
        using var byTheirRoute = await other[Role.SystemOwner].GetAsync(page);

        Assert.Equal(HttpStatusCode.NotFound, byOwnRoute.StatusCode);
        Assert.True(byTheirRoute.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"answered {(int)byTheirRoute.StatusCode}");
    }

    /// <summary>A high-risk system whose consent procedure ends with one council condition; returns the condition's page.</summary>
    private static async Task<string> ConditionPageAsync(Team team, string condition)
    {
        var (owner, council) = (team[Role.SystemOwner], team[Role.WorksCouncil]);
        var today = DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);
        await owner.MoveAsync(team.Id, id, "Intake", "Screening");
        await owner.ScreenAsync(team.Id, id, Answers.HighRisk());
        var consent = await owner.StartAndSendAsync(team.Id, id, "Consent");
        await council.RecordMeetingAsync(team.Id, consent, today);
        await council.GivePositionAsync(team.Id, consent, "ConsentGiven", "Met een voorwaarde.", condition);
        var measures = JsonNode.Parse(await council.PageAsync($"/api/orgs/{team.Id}/ai-systems/{id}/measures"))!.AsArray();
        var measure = measures.Single(m => (string?)m!["title"] == condition)!["id"]!.GetValue<Guid>(); // the one condition
        var procedure = await council.PageAsync(ConsultationSteps.Procedure(team.Id, consent));
        Assert.Contains($"/werkplek/{team.Id}/maatregelen/{measure}", procedure, StringComparison.Ordinal); // reachable from the conditions
        return $"/werkplek/{team.Id}/maatregelen/{measure}";
    }

    private static Task<string> MoveAsync(PageBrowser owner, string page, string to, string evidence = "") =>
        owner.SubmitAndFollowAsync(page, "move", [new("To", to), new("Evidence", evidence), new("Reason", "")]);
}

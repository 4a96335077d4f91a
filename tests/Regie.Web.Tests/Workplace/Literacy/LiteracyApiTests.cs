using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regie.Workplace.Literacy;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Literacy;

/// <summary>
/// The literacy API end to end: the person sees their scores, the administrator sees levels but never scores, other
/// organisations see nothing, and invalid input is a problem per field.
/// </summary>
public sealed class LiteracyApiTests(TwoOrganisations world) : IClassFixture<TwoOrganisations>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Answers(LiteracyLevel upTo, string answer) =>
        LiteracyInstrument.Shipped.UpTo(upTo).ToDictionary(s => s.Id, _ => answer);

    [Fact]
    public async Task The_person_sees_their_scores_and_the_administrator_only_their_levels()
    {
        var a = world.A;
        using var employee = await world.SignedInAsync(a, Role.Employee);
        using var taken = await employee.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/literacy/me/assessments",
            new { answers = Answers(LiteracyLevel.Bekwaam, "StronglyAgree"), upTo = "Bekwaam", plan = "Geheim plan" }, Ct);
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);

        var own = await employee.GetStringAsync($"/api/orgs/{a.Id}/literacy/me");
        using var admin = await world.SignedInAsync(a, Role.OrgAdmin);
        var seen = await admin.GetStringAsync($"/api/orgs/{a.Id}/literacy/members/{a.EmployeeMemberId}");
        var list = await admin.GetStringAsync($"/api/orgs/{a.Id}/literacy/members");

        using var mine = JsonDocument.Parse(own);
        Assert.Equal(1.0, mine.RootElement.GetProperty("latest").GetProperty("scores").GetProperty("Bm3").GetDouble());
        Assert.Contains("Geheim plan", own, StringComparison.Ordinal);
        using var person = JsonDocument.Parse(seen);
        Assert.Equal(JsonValueKind.Null, person.RootElement.GetProperty("latest").GetProperty("scores").ValueKind);
        Assert.Equal(JsonValueKind.Null, person.RootElement.GetProperty("latest").GetProperty("plan").ValueKind);
        Assert.Empty(person.RootElement.GetProperty("history").EnumerateArray());
        var levels = person.RootElement.GetProperty("latest").GetProperty("levels").EnumerateObject();
        Assert.True(levels.Any(l => l.Name == "hands-on" && l.Value.GetString() == "bekwaam"), seen); // the API writes enums in kebab case
        Assert.DoesNotContain("Geheim plan", seen + list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_answer_is_a_validation_problem_naming_the_statement()
    {
        var a = world.A;
        using var browser = await world.SignedInAsync(a, Role.Auditor);
        var answers = Answers(LiteracyLevel.Bewust, "Agree");
        answers.Remove("Bt4-15");

        using var response = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/literacy/me/assessments", new { answers, upTo = "Bewust" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("bt4-15", await response.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Training_with_a_future_date_and_no_codes_is_refused_per_field()
    {
        var a = world.A;
        using var browser = await world.SignedInAsync(a, Role.Employee);

        using var response = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/literacy/members/{a.EmployeeMemberId}/training",
            new { course = "Cursus", provider = "Leerhuis", hours = 0, codes = "", completedOn = "2099-01-01" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"hours\"", body, StringComparison.Ordinal);
        Assert.Contains("\"codes\"", body, StringComparison.Ordinal);
        Assert.Contains("\"completedOn\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organisation_a_cannot_read_or_remove_bs_literacy_data_by_id_or_by_route()
    {
        var (a, b) = (world.A, world.B);
        using var bEmployee = await world.SignedInAsync(b, Role.Employee);
        using var created = await bEmployee.Http.PostAsJsonAsync($"/api/orgs/{b.Id}/literacy/members/{b.EmployeeMemberId}/training",
            new { course = "Bravo cursus", provider = "Bravo leerhuis", hours = 3, codes = "Bt1", completedOn = "2026-09-01" }, Ct);
        var training = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        using var admin = await world.SignedInAsync(a, Role.OrgAdmin);

        using var byRoute = await admin.Http.GetAsync($"/api/orgs/{b.Id}/literacy/training", Ct);
        using var byId = await admin.Http.DeleteAsync($"/api/orgs/{a.Id}/literacy/training/{training}", Ct);
        using var person = await admin.Http.GetAsync($"/api/orgs/{a.Id}/literacy/members/{b.EmployeeMemberId}", Ct);
        var list = await admin.GetStringAsync($"/api/orgs/{a.Id}/literacy/training");

        Assert.Equal(HttpStatusCode.NotFound, byRoute.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, person.StatusCode);
        Assert.DoesNotContain("Bravo cursus", list, StringComparison.Ordinal);
        Assert.Contains("Bravo cursus", await bEmployee.GetStringAsync($"/api/orgs/{b.Id}/literacy/me"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_figures_hide_counts_of_fewer_than_five_people()
    {
        var b = world.B;
        foreach (var role in new[] { Role.Overseer, Role.Assessor, Role.Reviewer })
        {
            using var browser = await world.SignedInAsync(b, role);
            using var taken = await browser.Http.PostAsJsonAsync($"/api/orgs/{b.Id}/literacy/me/assessments",
                new { answers = Answers(LiteracyLevel.Bewust, "StronglyAgree"), upTo = "Bewust", workerGroupId = b.GroupId }, Ct);
            Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        }

        using var council = await world.SignedInAsync(b, Role.WorksCouncil);
        var figures = await council.Http.GetFromJsonAsync<JsonElement>($"/api/orgs/{b.Id}/literacy/figures", Ct);

        Assert.True(figures.GetProperty("assessed").GetInt32() >= 3);
        Assert.True(figures.GetProperty("assessed").GetInt32() >= 5 || figures.GetProperty("organisation").ValueKind == JsonValueKind.Null);
        var group = figures.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("workerGroupId").GetGuid() == b.GroupId);
        Assert.True(group.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, group.GetProperty("figures").ValueKind);
    }
}

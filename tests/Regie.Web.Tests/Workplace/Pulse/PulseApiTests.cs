using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Regie.Workplace.People;
using Regie.Workplace.Pulse.Instrument;

namespace Regie.Web.Tests.Workplace.Pulse;

/// <summary>
/// The pulse API: every role gets what the matrix grants; no route, for any role, returns an answer; another
/// organisation finds nothing; bad input is a problem with its field.
/// </summary>
public sealed class PulseApiTests(PulseWorld world) : IClassFixture<PulseWorld>
{
    public static TheoryData<Role> Roles => new(PermissionMatrix.AllRoles);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Reads_follow_the_permission_matrix(Role role)
    {
        var a = world.Orgs.A;
        using var browser = await world.Orgs.SignedInAsync(a, role);
        var expected = role.Allows(Permission.ViewPulseResults) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;

        using var list = await browser.GetAsync($"/api/orgs/{a.Id}/pulse/surveys");
        using var dashboard = await browser.GetAsync($"/api/orgs/{a.Id}/pulse/surveys/{world.SurveyId}");
        using var flags = await browser.GetAsync($"/api/orgs/{a.Id}/pulse/ai-systems/{a.SystemId}/flags");

        Assert.Equal([expected, expected, expected], new[] { list.StatusCode, dashboard.StatusCode, flags.StatusCode });
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Writes_follow_the_permission_matrix(Role role)
    {
        var a = world.Orgs.A;
        using var browser = await world.Orgs.SignedInAsync(a, role);

        using var threshold = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/pulse/surveys/{world.SurveyId}/thresholds",
            new { dimension = "workload", indicator = "ShareHigh", direction = "Rise", amount = 10 }, Ct);
        using var links = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/pulse/waves/{world.FollowUp}/links",
            new { workerGroupId = a.GroupId, count = 1 }, Ct);

        var allowed = role.Allows(Permission.ManagePulse);
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, threshold.StatusCode);
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, links.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task No_role_reads_an_answer_only_suppressed_aggregates(Role role)
    {
        var a = world.Orgs.A;
        using var browser = await world.Orgs.SignedInAsync(a, role);

        using var response = await browser.GetAsync($"/api/orgs/{a.Id}/pulse/surveys/{world.SurveyId}");
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.All(InstrumentFile.Current.Dimensions.SelectMany(d => d.Items), i => Assert.DoesNotContain(i.Code, body, StringComparison.Ordinal));
        if (response.IsSuccessStatusCode)
        {
            using var json = JsonDocument.Parse(body);
            var cells = json.RootElement.GetProperty("cells").EnumerateArray().ToList();
            Assert.All(cells.Where(c => c.GetProperty("published").GetBoolean()), c => Assert.True(c.GetProperty("respondents").GetInt32() >= 10));
            Assert.All(cells.Where(c => !c.GetProperty("published").GetBoolean()), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("respondents").ValueKind));
            Assert.Contains(cells, c => c.GetProperty("published").GetBoolean() && c.GetProperty("respondents").GetInt32() == 12);
        }
    }

    [Fact]
    public void No_route_of_the_host_reads_answers_responses_or_links()
    {
        var routes = world.Orgs.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "").ToList();

        Assert.Contains(routes, r => r.Contains("/pulse/", StringComparison.Ordinal));
        // Other features answer questions (concerns, consultation); no pulse route may hand out answers or responses.
        var pulse = routes.Where(r => r.Contains("pulse", StringComparison.OrdinalIgnoreCase) || r.Contains("peiling", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.DoesNotContain(pulse, r => r.Contains("answer", StringComparison.OrdinalIgnoreCase) || r.Contains("response", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(routes, r => r.Contains("/pulse/", StringComparison.Ordinal) && r.Contains("token", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Another_organisation_gets_404_by_id_and_by_route()
    {
        var (a, b) = (world.Orgs.A, world.Orgs.B);
        using var steward = await world.Orgs.SignedInAsync(b, Role.SurveySteward);

        using var byId = await steward.GetAsync($"/api/orgs/{b.Id}/pulse/surveys/{world.SurveyId}");
        using var byRoute = await steward.GetAsync($"/api/orgs/{a.Id}/pulse/surveys/{world.SurveyId}");
        using var links = await steward.Http.PostAsJsonAsync($"/api/orgs/{b.Id}/pulse/waves/{world.Baseline}/links", new { workerGroupId = a.GroupId, count = 3 }, Ct);
        using var rules = await steward.Http.PutAsJsonAsync($"/api/orgs/{b.Id}/pulse/surveys/{world.SurveyId}/rules", new { k = 50, minDistinctAnswers = 2 }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byRoute.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, links.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rules.StatusCode);
    }

    [Fact]
    public async Task K_below_five_is_a_problem_on_the_field()
    {
        var a = world.Orgs.A;
        using var steward = await world.Orgs.SignedInAsync(a, Role.SurveySteward);

        using var response = await steward.Http.PutAsJsonAsync($"/api/orgs/{a.Id}/pulse/surveys/{world.SurveyId}/rules", new { k = 3, minDistinctAnswers = 2 }, Ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(json.RootElement.GetProperty("errors").EnumerateObject(), f => string.Equals(f.Name, "K", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Lowering_k_after_responses_is_a_conflict()
    {
        var a = world.Orgs.A;
        using var steward = await world.Orgs.SignedInAsync(a, Role.SurveySteward);

        using var response = await steward.Http.PutAsJsonAsync($"/api/orgs/{a.Id}/pulse/surveys/{world.SurveyId}/rules", new { k = 5, minDistinctAnswers = 2 }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Requests;

/// <summary>The request API per role, its problems on bad input, and isolation between organisations.</summary>
public sealed class RequestsApiTests(TwoOrganisations world) : IClassFixture<TwoOrganisations>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<Role> Roles => new(PermissionMatrix.AllRoles);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Reads_follow_the_permission_matrix(Role role)
    {
        var a = world.A;
        using var browser = await world.SignedInAsync(a, role);
        var reads = new (string Path, Permission Needs)[]
        {
            ($"/api/orgs/{a.Id}/requests", Permission.HandleRequests),
            ($"/api/orgs/{a.Id}/requests/mine", Permission.FileRequest),
            ($"/api/orgs/{a.Id}/request-figures", Permission.ViewRequestFigures),
        };
        var wrong = new List<string>();

        foreach (var (path, needs) in reads)
        {
            using var response = await browser.GetAsync(path);
            var expected = role.Allows(needs) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            if (response.StatusCode != expected)
            {
                wrong.Add($"{path}: {(int)response.StatusCode}, expected {(int)expected} ({needs})");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Handling_someone_elses_request_follows_the_permission_matrix(Role role)
    {
        using var employee = await world.SignedInAsync(world.A, Role.Employee);
        var id = await FileAsync(employee, world.A);
        using var browser = await world.SignedInAsync(world.A, role);

        using var read = await browser.GetAsync($"/api/orgs/{world.A.Id}/requests/{id}");
        using var acknowledge = await browser.Http.PostAsJsonAsync($"/api/orgs/{world.A.Id}/requests/{id}/moves", new { to = "Acknowledged" }, Ct);

        if (role == Role.Employee)
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode); // their own request
            Assert.Equal(HttpStatusCode.Conflict, acknowledge.StatusCode); // nobody handles their own request
            return;
        }

        var expected = role.Allows(Permission.HandleRequests) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        Assert.Equal(expected, read.StatusCode);
        Assert.Equal(expected, acknowledge.StatusCode);
    }

    [Fact]
    public async Task A_request_without_a_system_or_question_is_a_validation_problem_naming_the_fields()
    {
        using var employee = await world.SignedInAsync(world.A, Role.Employee);

        using var response = await employee.Http.PostAsJsonAsync($"/api/orgs/{world.A.Id}/requests",
            new { kind = "Explanation", decisionReference = "Rooster week 12" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("aiSystemId", out _));
        Assert.True(errors.TryGetProperty("question", out _));
    }

    [Fact]
    public async Task Another_organisation_cannot_reach_a_request_by_route_or_by_id()
    {
        using var employee = await world.SignedInAsync(world.A, Role.Employee);
        var id = await FileAsync(employee, world.A);
        using var bravo = await world.SignedInAsync(world.B, Role.Reviewer);

        using var byRoute = await bravo.GetAsync($"/api/orgs/{world.A.Id}/requests/{id}");
        using var byId = await bravo.GetAsync($"/api/orgs/{world.B.Id}/requests/{id}");
        using var move = await bravo.Http.PostAsJsonAsync($"/api/orgs/{world.B.Id}/requests/{id}/moves", new { to = "Acknowledged" }, Ct);
        var list = await bravo.GetStringAsync($"/api/orgs/{world.B.Id}/requests");

        Assert.Equal(HttpStatusCode.NotFound, byRoute.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, move.StatusCode);
        Assert.DoesNotContain(id, list, StringComparison.Ordinal);
    }

    private static async Task<string> FileAsync(Account.AccountClient employee, TwoOrganisations.Seeded org)
    {
        using var response = await employee.Http.PostAsJsonAsync($"/api/orgs/{org.Id}/requests", new
        {
            kind = "Explanation",
            aiSystemId = org.SystemId,
            decisionReference = "Rooster week 12",
            question = "Welke rol speelde het systeem bij mijn rooster?",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!; // 201 carries the request
    }
}

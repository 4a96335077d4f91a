using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Concerns;

/// <summary>
/// The concern API: the public channel and secret links without an account, the handlers' endpoints per role, and
/// isolation between organisations.
/// </summary>
public sealed class ConcernsApiTests(TwoOrganisations world) : IClassFixture<TwoOrganisations>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<Role> Roles => new(PermissionMatrix.AllRoles);

    [Fact]
    public async Task Anyone_with_the_organisation_link_can_raise_a_concern_and_follow_it_without_an_account()
    {
        using var stranger = world.Host.Browser();

        using var channel = await stranger.GetAsync($"/api/concern-channels/{world.A.Id}");
        var raised = await RaiseAsync(stranger, world.A.Id, "Agency: the scanner counts my toilet breaks.");
        using var thread = await stranger.GetAsync($"/api/concern-links/{raised.Token}");

        Assert.Equal(HttpStatusCode.OK, channel.StatusCode);
        Assert.Contains(world.A.Name, await channel.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal($"/melding/{raised.Token}", raised.Link);
        Assert.Equal(HttpStatusCode.OK, thread.StatusCode);
        Assert.Contains("toilet breaks", await thread.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_link_answers_404_with_the_same_problem_as_a_malformed_one()
    {
        using var stranger = world.Host.Browser();
        var raised = await RaiseAsync(stranger, world.A.Id, "The planner made an error.");
        var wrongToken = raised.Token[..^2] + (raised.Token[^2..] == "AA" ? "BB" : "AA");

        using var wrong = await stranger.GetAsync($"/api/concern-links/{wrongToken}");
        using var malformed = await stranger.GetAsync("/api/concern-links/not-a-token");
        using var reply = await stranger.Http.PostAsJsonAsync($"/api/concern-links/{wrongToken}/messages", new { text = "Hello?" }, Ct);
        using var unknownChannel = await stranger.GetAsync($"/api/concern-channels/{Guid.NewGuid()}");

        Assert.All(new[] { wrong, malformed, reply }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var details = new[] { await DetailAsync(wrong), await DetailAsync(malformed), await DetailAsync(reply) };
        Assert.Single(details.Distinct(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, unknownChannel.StatusCode);
    }

    [Fact]
    public async Task A_concern_raised_anonymously_while_signed_in_shows_nobody_to_the_handler_or_in_the_audit_log()
    {
        using var employee = await world.SignedInAsync(world.A, Role.Employee);
        var raised = await RaiseAsync(employee, world.A.Id, "Anonymous while signed in: the roster punishes part-timers.");
        using var handler = await world.SignedInAsync(world.A, Role.Reviewer);
        using var auditor = await world.SignedInAsync(world.A, Role.Auditor);

        var cases = await handler.Http.GetFromJsonAsync<JsonElement>($"/api/orgs/{world.A.Id}/concerns", Ct);
        var mine = cases.EnumerateArray().Single(c => c.GetProperty("reference").GetString() == raised.Reference);
        var detail = await handler.GetStringAsync($"/api/orgs/{world.A.Id}/concerns/{mine.GetProperty("id").GetString()}");
        using var document = JsonDocument.Parse(detail);
        var raisedBy = document.RootElement.GetProperty("raisedBy");
        var page = await auditor.Http.GetFromJsonAsync<JsonElement>($"/api/orgs/{world.A.Id}/audit?entityType=Concern&pageSize=200", Ct);
        var audit = string.Join('\n', page.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("entityId").GetString() == mine.GetProperty("id").GetString()).Select(e => e.GetRawText()));

        Assert.True(mine.GetProperty("anonymous").GetBoolean());
        Assert.Equal(JsonValueKind.Null, raisedBy.ValueKind);
        Assert.True(audit.Contains(Regie.Workplace.Concerns.ConcernRaiser.ActorId, StringComparison.Ordinal), audit);
        foreach (var identity in new[] { world.A.Emails[Role.Employee], $"{Role.Employee} {world.A.Name}", world.A.EmployeeMemberId.ToString() })
        {
            Assert.DoesNotContain(identity, detail, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(identity, audit, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("part-timers", audit, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Reads_follow_the_permission_matrix(Role role)
    {
        var a = world.A;
        using var stranger = world.Host.Browser();
        await RaiseAsync(stranger, a.Id, $"Concern for the {role} read test.");
        using var reviewer = await world.SignedInAsync(a, Role.Reviewer);
        var id = (await reviewer.Http.GetFromJsonAsync<JsonElement>($"/api/orgs/{a.Id}/concerns", Ct))[0].GetProperty("id").GetString();
        var reads = new (string Path, Permission Needs)[]
        {
            ($"/api/orgs/{a.Id}/concerns", Permission.HandleConcerns),
            ($"/api/orgs/{a.Id}/concerns/{id}", Permission.HandleConcerns),
            ($"/api/orgs/{a.Id}/concern-figures", Permission.ViewConcernFigures),
        };
        using var browser = await world.SignedInAsync(a, role);
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
    public async Task Writes_follow_the_permission_matrix(Role role)
    {
        var a = world.A;
        using var stranger = world.Host.Browser();
        var raised = await RaiseAsync(stranger, a.Id, $"Concern for the {role} write test.");
        using var reviewer = await world.SignedInAsync(a, Role.Reviewer);
        var id = (await reviewer.Http.GetFromJsonAsync<JsonElement>($"/api/orgs/{a.Id}/concerns", Ct)).EnumerateArray()
            .Single(c => c.GetProperty("reference").GetString() == raised.Reference).GetProperty("id").GetString();
        using var browser = await world.SignedInAsync(a, role);

        using var named = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/concerns",
            new { category = "Workload", text = $"Named concern by {role}" }, Ct);
        using var moved = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/concerns/{id}/moves", new { to = "UnderInvestigation" }, Ct);
        using var answered = await browser.Http.PostAsJsonAsync($"/api/orgs/{a.Id}/concerns/{id}/answers", new { text = "We are looking into it." }, Ct);

        Assert.Equal(role.Allows(Permission.RaiseConcern), named.IsSuccessStatusCode);
        Assert.Equal(role.Allows(Permission.HandleConcerns), moved.IsSuccessStatusCode);
        Assert.Equal(role.Allows(Permission.HandleConcerns), answered.IsSuccessStatusCode);
        Assert.All(new[] { named, moved, answered }.Where(r => !r.IsSuccessStatusCode), r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
    }

    [Fact]
    public async Task Another_organisation_cannot_reach_a_case_by_route_or_by_id()
    {
        using var stranger = world.Host.Browser();
        var raised = await RaiseAsync(stranger, world.A.Id, "Concern that Bravo must not see.");
        using var alfaHandler = await world.SignedInAsync(world.A, Role.Reviewer);
        var id = (await alfaHandler.Http.GetFromJsonAsync<JsonElement>($"/api/orgs/{world.A.Id}/concerns", Ct)).EnumerateArray()
            .Single(c => c.GetProperty("reference").GetString() == raised.Reference).GetProperty("id").GetString();
        using var bravoHandler = await world.SignedInAsync(world.B, Role.Reviewer);

        using var byRoute = await bravoHandler.GetAsync($"/api/orgs/{world.A.Id}/concerns/{id}");
        using var byId = await bravoHandler.GetAsync($"/api/orgs/{world.B.Id}/concerns/{id}");
        using var answer = await bravoHandler.Http.PostAsJsonAsync($"/api/orgs/{world.B.Id}/concerns/{id}/answers", new { text = "Seen." }, Ct);
        var bravoList = await bravoHandler.GetStringAsync($"/api/orgs/{world.B.Id}/concerns");

        Assert.Equal(HttpStatusCode.NotFound, byRoute.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.DoesNotContain(raised.Reference, bravoList, StringComparison.Ordinal);
    }

    private static async Task<Raised> RaiseAsync(Account.AccountClient client, Guid organisation, string text)
    {
        using var response = await client.Http.PostAsJsonAsync($"/api/concern-channels/{organisation}/concerns",
            new { category = "Monitoring", text }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Raised>(Ct))!; // 201 carries the body
    }

    private static async Task<string?> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString();

    private sealed record Raised(string Reference, string Token, string Link);
}

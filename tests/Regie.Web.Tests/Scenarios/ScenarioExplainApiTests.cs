using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Scenarios;

[Collection(ScenarioLabCollection.Name)]
public sealed class ScenarioExplainApiTests(ScenarioLabHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly object Couple = new
    {
        members = new object[]
        {
            new { age = 50, role = "head", status = "employee", education = "middle", monthlyWage = 4000, hoursPerWeek = 36, yearsBefore2016 = 20, yearsSince2016 = 6 },
            new { age = 48, role = "partner", status = "inactive" },
        },
        liquidAssets = 0,
        hitMember = 0,
        hitMonth = 0,
    };

    [Fact]
    public async Task A_household_of_a_run_is_explained_with_both_chains_and_its_deciles()
    {
        var id = (await host.RunAsync(new { preset = "central" }))["id"]!.GetValue<string>();
        using var client = host.CreateClient();

        var explanation = await client.GetJsonAsync<JsonObject>($"/api/scenarios/runs/{id}/households/7/explain?draw=0");

        Assert.Equal(7, explanation["household"]!.GetValue<int>());
        Assert.Equal(10, explanation["years"]!.AsArray().Count);
        Assert.NotNull(explanation["years"]![0]!["baselineDecile"]);
        Assert.Contains(explanation["baseline"]!.AsArray(), s => s!["rule"]!.GetValue<string>() == "income.standardised");
    }

    [Fact]
    public async Task A_hit_household_of_a_decile_is_found_and_its_chain_starts_with_the_hit()
    {
        var id = (await host.RunAsync(new { preset = "central" }))["id"]!.GetValue<string>();
        using var client = host.CreateClient();

        var found = await client.GetJsonAsync<JsonObject>($"/api/scenarios/runs/{id}/households/hit?decile=5");
        var explanation = await client.GetJsonAsync<JsonObject>(found["explain"]!.GetValue<string>());

        Assert.Equal(5, explanation["years"]![0]!["baselineDecile"]!.GetValue<int>());
        Assert.Contains(explanation["scenario"]!.AsArray(), s => s!["rule"]!.GetValue<string>() == "shock.hit");
    }

    [Theory]
    [InlineData("households/7/explain?draw=3", "draw")]
    [InlineData("households/7/explain?draw=x", "draw")]
    [InlineData("households/999999/explain", "household")]
    [InlineData("households/hit", "decile")]
    [InlineData("households/hit?decile=12", "decile")]
    public async Task A_household_draw_or_decile_out_of_range_is_a_field_error(string path, string field)
    {
        var id = (await host.RunAsync(new { preset = "central" }))["id"]!.GetValue<string>();
        using var client = host.CreateClient();

        var problem = await client.GetProblemAsync($"/api/scenarios/runs/{id}/{path}", HttpStatusCode.BadRequest);

        Assert.Contains(field, problem.ErrorFields());
    }

    [Fact]
    public async Task A_described_household_gets_ww_then_bijstand_with_the_articles_of_law()
    {
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/scenarios/explain", new { preset = "central", household = Couple }, Ct);
        var explanation = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var steps = explanation!["scenario"]!.AsArray();
        Assert.Contains(steps, s => s!["rule"]!.GetValue<string>() == "income.ww" && s["legalReference"]!.GetValue<string>() == "art. 47 WW");
        Assert.Contains(steps, s => s!["rule"]!.GetValue<string>() == "ww.duration");
        Assert.Null(explanation["years"]![0]!["baselineDecile"]?.GetValue<int?>());
    }

    [Fact]
    public async Task A_described_household_with_missing_or_impossible_values_is_refused_per_field()
    {
        using var client = host.CreateClient();
        var household = new { members = new object[] { new { role = "head", status = "employee" } }, hitMember = 0 };

        using var response = await client.PostAsJsonAsync("/api/scenarios/explain", new { preset = "central", household }, Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["household.members[0].age"], problem!.ErrorFields());
    }

    [Fact]
    public async Task Hitting_a_member_without_a_job_is_refused()
    {
        using var client = host.CreateClient();
        var household = new { members = new object[] { new { age = 40, role = "head", status = "inactive" } }, hitMember = 0 };

        using var response = await client.PostAsJsonAsync("/api/scenarios/explain", new { preset = "central", household }, Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["hit_member"], problem!.ErrorFields());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Scenarios;

[Collection(ScenarioLabCollection.Name)]
public sealed class ScenarioApiTests(ScenarioLabHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lists_the_shipped_presets_with_their_scenario_in_the_file_format()
    {
        using var client = host.CreateClient();

        var presets = await client.GetJsonAsync<JsonArray>("/api/scenarios/presets");

        var central = presets.Single(p => p!["id"]!.GetValue<string>() == "central")!; // the central preset ships
        Assert.Equal(0.07, central["spec"]!["displacement_share"]!.GetValue<double>());
        Assert.Equal("job-loss", central["margin"]!.GetValue<string>());
        Assert.Contains("id: central", central["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_is_accepted_then_computed_in_the_background_with_its_manifest()
    {
        using var client = host.CreateClient();

        using var started = await client.PostAsJsonAsync("/api/scenarios/runs", new { preset = "central", draws = 2 }, Ct);
        var accepted = await started.Content.ReadFromJsonAsync<JsonObject>(Ct);
        var run = await ScenarioLabHost.WaitAsync(client, started.Headers.Location!.OriginalString); // a 202 always has a Location

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal($"/api/scenarios/runs/{accepted!["id"]}", started.Headers.Location.OriginalString);
        Assert.Equal("done", run["status"]!.GetValue<string>());
        Assert.Equal(1.0, run["progress"]!.GetValue<double>());
        var result = run["result"]!;
        Assert.Equal(10, result["years"]!.AsArray().Count);
        Assert.Equal(10, result["deciles"]!.AsArray().Count);
        Assert.Equal("central", result["manifest"]!["scenarioId"]!.GetValue<string>());
        Assert.Equal([0UL, 1UL], result["manifest"]!["seeds"]!.AsArray().Select(s => s!.GetValue<ulong>()));
        Assert.Equal(2000, result["manifest"]!["populationHouseholds"]!.GetValue<int>());
        Assert.NotEmpty(result["uncertainty"]!.AsArray());
    }

    [Fact]
    public async Task The_same_scenario_on_the_same_population_is_the_same_run()
    {
        var first = await host.RunAsync(new { preset = "low" });

        var second = await host.RunAsync(new { spec = new { id = "low", name = new { nl = "Laag: 1 % verdrongen, geen loongroei", en = "Low: 1 % displaced, no wage growth" } } });
        var again = await host.RunAsync(new { preset = "low" });

        Assert.Equal(first["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());
        Assert.NotEqual(first["id"]!.GetValue<string>(), second["id"]!.GetValue<string>()); // another scenario text, another run
        Assert.Equal(first["queuedAt"]!.GetValue<string>(), again["queuedAt"]!.GetValue<string>()); // not computed again
    }

    [Fact]
    public async Task A_wrong_scenario_is_a_400_problem_naming_each_field()
    {
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/scenarios/runs",
            new { spec = new { id = "bad", name = new { nl = "Fout" }, displacement_share = 0.9, margin = "sideways", take_up = new { ww = 2 } } }, Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["displacement_share", "margin", "take_up.ww"], problem!.ErrorFields().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_scenario_text_with_a_syntax_error_names_the_line()
    {
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/scenarios/runs", new { spec = "id: x\nname: [unclosed\n" }, Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("line", problem!["errors"]!["file"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"preset\":\"central\",\"saved\":\"0123456789ab\"}", "spec")]
    [InlineData("{}", "spec")]
    [InlineData("{\"preset\":\"no-such-preset\"}", "preset")]
    [InlineData("{\"saved\":\"0123456789ab\"}", "saved")]
    [InlineData("{\"preset\":\"central\",\"draws\":0}", "draws")]
    [InlineData("{\"spec\":{\"id\":\"old\",\"name\":{\"nl\":\"Oud\"},\"law_date\":\"1990-01-01\"}}", "law_date")]
    public async Task A_request_that_does_not_name_one_usable_scenario_is_refused_on_its_field(string body, string field)
    {
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/api/scenarios/runs", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, problem!.ErrorFields());
    }

    [Fact]
    public async Task A_scenario_over_16_KB_is_refused()
    {
        using var client = host.CreateClient();
        var text = "id: big\nname: { nl: Groot }\n" + string.Concat(Enumerable.Repeat("# padding line to make the text long\n", 600));

        using var response = await client.PostAsJsonAsync("/api/scenarios/runs", new { spec = text }, Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("16 KB", problem!["errors"]!["spec"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/scenarios/runs/0000000000000000")]
    [InlineData("/api/scenarios/runs/0000000000000000/export.csv")]
    [InlineData("/api/scenarios/runs/0000000000000000/households/0/explain")]
    [InlineData("/api/scenarios/saved/0000000000aa")]
    public async Task An_unknown_run_or_saved_scenario_is_a_404_problem(string url)
    {
        using var client = host.CreateClient();

        await client.GetProblemAsync(url, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_finished_run_cannot_be_cancelled_and_an_unknown_one_is_not_found()
    {
        var run = await host.RunAsync(new { preset = "central" });
        using var client = host.CreateClient();

        using var finished = await client.DeleteAsync($"/api/scenarios/runs/{run["id"]}", Ct);
        using var unknown = await client.DeleteAsync("/api/scenarios/runs/0000000000000000", Ct);

        Assert.Equal(HttpStatusCode.Conflict, finished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_long_run_can_be_cancelled_and_then_has_no_result_to_export()
    {
        using var client = host.CreateClient();
        using var started = await client.PostAsJsonAsync("/api/scenarios/runs", new { preset = "central", draws = 200 }, Ct);
        var location = started.Headers.Location!.OriginalString; // a 202 always has a Location

        using var cancel = await client.DeleteAsync(location, Ct);
        var run = await ScenarioLabHost.WaitAsync(client, location);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("cancelled", run["status"]!.GetValue<string>());
        await client.GetProblemAsync(location + "/export.csv", HttpStatusCode.Conflict);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Regie.Web.Tests.Pages;
using Regie.Web.Tests.Workplace.Register;

namespace Regie.Web.Tests.Scenarios;

[Collection(ScenarioLabCollection.Name)]
public sealed partial class ScenarioLabPageTests(ScenarioLabHost host)
{
    private static IEnumerable<KeyValuePair<string, string>> Fields(params (string Name, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value));

    [Fact]
    public async Task The_lab_offers_every_preset_and_a_form_filled_from_the_central_case()
    {
        using var browser = host.Browser();

        var page = await browser.PageAsync("/scenariolab");

        Assert.Contains("Centraal: 7 % verdrongen, +2,6 % loon voor blijvers", Html.Decode(page), StringComparison.Ordinal);
        Assert.Equal(10, RunPresetButton().Matches(page).Count);
        Assert.Matches("name=\"Input.DisplacementShare\"[^>]* value=\"7\"", page);
        Assert.Matches("name=\"Input.SurvivorWageGrowth\"[^>]* value=\"2,6\"", page);
        Assert.Contains("Een scenario, geen voorspelling.", page, StringComparison.Ordinal);
        Assert.Contains("Blootstelling is geen baanverlies.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_a_preset_leads_to_its_run_page()
    {
        using var browser = host.Browser();

        var location = await browser.SubmitAndFollowAsync("/scenariolab", "run-preset", Fields(("Preset", "central")));

        Assert.Matches("^/scenariolab/runs/[0-9a-f]{16}$", location);
    }

    [Fact]
    public async Task A_share_out_of_range_gets_its_message_beside_the_field()
    {
        using var browser = host.Browser();

        var (status, page) = await browser.SubmitForPageAsync("/scenariolab", "scenario-parameters",
            Fields(("Input.Id", "te-veel"), ("Input.Name", "Te veel"), ("Input.DisplacementShare", "80"), ("Input.Action", "run")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<div class=\"utrecht-form-field-error-message\" id=\"p-share-error\">Kies een percentage van 0 tot 50.</div>", page, StringComparison.Ordinal);
        Assert.Matches("id=\"p-share\"[^>]*aria-describedby=\"p-share-description p-share-error\"", page);
        Assert.Contains("value=\"80\"", page, StringComparison.Ordinal); // what was typed comes back
    }

    [Fact]
    public async Task Text_that_is_not_a_number_is_named_beside_its_field()
    {
        using var browser = host.Browser();

        var (_, page) = await browser.SubmitForPageAsync("/scenariolab", "scenario-parameters",
            Fields(("Input.Id", "x"), ("Input.Name", "X"), ("Input.SurvivorWageGrowth", "veel"), ("Input.Action", "run")));

        Assert.Contains("id=\"p-growth-error\">Vul een getal in.</div>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_the_form_gives_the_scenario_a_permanent_address_with_its_assumptions()
    {
        using var browser = host.Browser();

        var location = await browser.SubmitAndFollowAsync("/scenariolab", "scenario-parameters",
            Fields(("Input.Id", "pagina"), ("Input.Name", "Van de pagina"), ("Input.DisplacementShare", "4,5"), ("Input.Action", "save")));
        var page = await browser.PageAsync(location);

        Assert.Matches("^/scenariolab/s/[0-9a-f]{12}$", location);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Van de pagina</h1>", page, StringComparison.Ordinal);
        Assert.Contains("4,5%", page, StringComparison.Ordinal);
        Assert.Contains("\"displacement_share\": 0.045", Html.Decode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pasted_scenario_with_a_syntax_error_shows_the_line_beside_the_text()
    {
        using var browser = host.Browser();

        var (_, page) = await browser.SubmitForPageAsync("/scenariolab", "scenario-text",
            Fields(("Paste.Text", "id: x\nname: [unclosed\n"), ("Paste.Action", "run")));

        Assert.Matches("id=\"scenario-text-error\">text, line \\d+", page);
    }

    [Fact]
    public async Task A_finished_run_shows_charts_with_tables_downloads_and_the_manifest()
    {
        var id = (await host.RunAsync(new { preset = "central", draws = 2 }))["id"]!.GetValue<string>();
        using var browser = host.Browser();

        var page = await browser.PageAsync($"/scenariolab/runs/{id}");

        Assert.Equal(7, Regex.Count(page, "data-vega-spec=", RegexOptions.None));
        Assert.True(Regex.Count(page, "<table class=\"utrecht-table", RegexOptions.None) >= 9, "every chart has its table");
        Assert.Contains($"href=\"/api/scenarios/runs/{id}/export.xlsx\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/scenarios/runs/{id}/scenario.yaml\"", page, StringComparison.Ordinal);
        Assert.Contains("<h2 class=\"utrecht-heading-2\" id=\"manifest\">Runmanifest</h2>", page, StringComparison.Ordinal);
        Assert.Contains($"doorrekening {id}: scenario central", page, StringComparison.Ordinal);
        Assert.Contains("Toewijzingsonzekerheid", page, StringComparison.Ordinal);
        Assert.Contains("Static population", page, StringComparison.Ordinal); // the engine's assumptions
    }

    [Fact]
    public async Task The_household_explorer_explains_a_household_by_number_or_finds_one_hit_in_a_decile()
    {
        var id = (await host.RunAsync(new { preset = "central" }))["id"]!.GetValue<string>();
        using var browser = host.Browser();

        var byNumber = await browser.PageAsync($"/scenariolab/runs/{id}?huishouden=3");
        var byDecile = await browser.PageAsync($"/scenariolab/runs/{id}?deciel=4");
        var wrong = await browser.PageAsync($"/scenariolab/runs/{id}?huishouden=abc");

        Assert.Contains("Huishouden 3, trekking 0", byNumber, StringComparison.Ordinal);
        Assert.Contains("De keten in het scenario", byNumber, StringComparison.Ordinal);
        Assert.Contains("loses work", byDecile, StringComparison.Ordinal);
        Assert.Contains("Kies een huishouden van 0 tot en met 1999.", wrong, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_in_progress_shows_an_accessible_progress_bar_that_refreshes_and_can_be_stopped()
    {
        using var client = host.CreateClient();
        using var started = await client.PostAsJsonAsync("/api/scenarios/runs", new { preset = "central", draws = 150 }, TestContext.Current.CancellationToken);
        var location = started.Headers.Location!.OriginalString; // a 202 always has a Location
        var pagePath = location.Replace("/api/scenarios/runs/", "/scenariolab/runs/", StringComparison.Ordinal);
        using var browser = host.Browser();

        var running = await browser.PageAsync(pagePath);
        var stopped = await browser.SubmitAndFollowAsync(pagePath, "cancel-run", []);
        await ScenarioLabHost.WaitAsync(client, location);
        var after = await browser.PageAsync(stopped);

        Assert.Matches("<label class=\"utrecht-form-label\" for=\"run-progress\">[^<]+</label>\\s*<progress id=\"run-progress\"", running);
        Assert.Contains("<noscript><meta http-equiv=\"refresh\" content=\"3\"></noscript>", running, StringComparison.Ordinal);
        Assert.Contains("js/scenario-run", running, StringComparison.Ordinal);
        Assert.Contains("Deze doorrekening is gestopt.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_run_is_a_404_page_in_Dutch()
    {
        using var browser = host.Browser();

        using var response = await browser.GetAsync("/scenariolab/runs/0000000000000000");
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Doorrekening niet gevonden", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lab_speaks_English_when_asked()
    {
        using var browser = host.Browser();

        var page = await browser.PageAsync("/scenariolab?lang=en");

        Assert.Contains("Scenario lab: what if AI displaces work?", page, StringComparison.Ordinal);
        Assert.Contains("A scenario, not a forecast.", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<button type=\"submit\" name=\"Preset\" value=\"[a-z0-9-]+\"")]
    private static partial Regex RunPresetButton();
}

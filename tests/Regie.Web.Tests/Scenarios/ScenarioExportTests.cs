using System.Net;
using ClosedXML.Excel;
using Regie.Monitor.Scenarios.Spec;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Scenarios;

[Collection(ScenarioLabCollection.Name)]
public sealed class ScenarioExportTests(ScenarioLabHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> CentralRunAsync() => (await host.RunAsync(new { preset = "central" }))["id"]!.GetValue<string>();

    [Fact]
    public async Task The_CSV_starts_with_the_run_manifest_and_every_row_names_the_run()
    {
        var id = await CentralRunAsync();
        using var client = host.CreateClient();

        var download = await client.DownloadAsync($"/api/scenarios/runs/{id}/export.csv?table=deciles");

        Assert.Equal("text/csv; charset=utf-8", download.ContentType);
        Assert.Equal($"regie-scenario-central-{id}-deciles.csv", download.FileName);
        var lines = download.Lines;
        Assert.Equal("# Regie scenario lab run manifest", lines[0]);
        Assert.Contains($"# run: {id}", lines);
        Assert.Contains(lines, l => l.StartsWith("# law date: 2026-01-01 (rule book ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("# scenario: central (hash ", StringComparison.Ordinal));
        var header = lines.Single(l => !l.StartsWith('#') && l.StartsWith("decile,", StringComparison.Ordinal));
        var rows = lines.SkipWhile(l => l != header).Skip(1).ToList();
        Assert.Equal(10, rows.Count);
        Assert.All(rows, row => Assert.Contains($"Regie scenario lab, run {id}", row, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_table_is_a_field_error_listing_the_tables()
    {
        var id = await CentralRunAsync();
        using var client = host.CreateClient();

        var problem = await client.GetProblemAsync($"/api/scenarios/runs/{id}/export.csv?table=nope", HttpStatusCode.BadRequest);

        Assert.Contains("who-pays", problem["errors"]!["table"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Excel_file_has_every_table_and_a_manifest_sheet_with_the_scenario()
    {
        var id = await CentralRunAsync();
        using var client = host.CreateClient();

        var download = await client.DownloadAsync($"/api/scenarios/runs/{id}/export.xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.ContentType);
        using var workbook = new XLWorkbook(new MemoryStream(download.Bytes));
        Assert.Equal(
            ["Indicators", "Who pays", "Deciles", "Occupations", "Sectors", "Household types", "Uncertainty", "Manifest"],
            workbook.Worksheets.Select(s => s.Name));
        var manifest = workbook.Worksheet("Manifest").CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains($"run: {id}", manifest);
        Assert.Contains(manifest, text => text.Contains("\"displacement_share\": 0.07", StringComparison.Ordinal));
        Assert.Equal(11, workbook.Worksheet("Deciles").RowsUsed().Count());
    }

    [Fact]
    public async Task The_scenario_downloads_as_YAML_and_JSON_that_read_back_to_the_run_scenario()
    {
        var id = await CentralRunAsync();
        using var client = host.CreateClient();

        var yaml = await client.DownloadAsync($"/api/scenarios/runs/{id}/scenario.yaml");
        var json = await client.DownloadAsync($"/api/scenarios/runs/{id}/scenario.json");

        var fromYaml = ScenarioReader.Read(System.Text.Encoding.UTF8.GetString(yaml.Bytes)).Value;
        Assert.Equal(System.Text.Encoding.UTF8.GetString(json.Bytes), ScenarioWriter.ToJson(fromYaml));
        Assert.StartsWith("application/yaml", yaml.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_result_downloads_as_a_JSON_file_with_its_manifest()
    {
        var id = await CentralRunAsync();
        using var client = host.CreateClient();

        var download = await client.DownloadAsync($"/api/scenarios/runs/{id}/result.json");

        var result = System.Text.Json.Nodes.JsonNode.Parse(download.Bytes)!;
        Assert.Equal("central", result["manifest"]!["scenarioId"]!.GetValue<string>());
        Assert.Equal($"regie-scenario-central-{id}.json", download.FileName);
    }
}

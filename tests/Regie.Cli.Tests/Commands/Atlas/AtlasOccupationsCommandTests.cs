using System.Text.Json;
using Regie.Cli.Tests.Infrastructure;

namespace Regie.Cli.Tests.Commands.Atlas;

public sealed class AtlasOccupationsCommandTests(RegieHome home)
{
    [Fact]
    public async Task Rejects_an_unknown_sort_key()
    {
        var run = await home.RunAsync("atlas", "occupations", "--sort", "salary");

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("regie: Unknown sort key 'salary'.", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Rejects_an_unknown_index()
    {
        var run = await home.RunAsync("atlas", "occupations", "--index", "webb");

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("regie: Unknown index 'webb'.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_top_below_one()
    {
        var run = await home.RunAsync("atlas", "occupations", "--top", "0");

        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task Json_has_the_documented_fields()
    {
        var run = await home.RunAsync("atlas", "occupations", "--json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(
            ["employmentPeriod", "comparisonPeriod", "payPeriod", "occupations", "aggregationRule", "sources"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["code", "title", "segmentCode", "segment", "classCode", "class", "exposure", "dominantClass", "ilo2025Classes", "scores",
             "unitGroups", "scoredUnitGroups", "employed", "employedComparison", "changePercent", "womenShare", "higherEducationShare",
             "medianHourlyPay", "payP25", "payP75"],
            json.RootElement.GetProperty("occupations")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Top_keeps_the_first_rows_after_sorting()
    {
        var all = await home.RunAsync("atlas", "occupations", "--sort", "employed", "--json");
        var top = await home.RunAsync("atlas", "occupations", "--sort", "employed", "--top", "5", "--json");

        Assert.Equal(Codes(all.Output).Take(5), Codes(top.Output));
    }

    [Fact]
    public async Task Sorts_ascending_with_asc()
    {
        var run = await home.RunAsync("atlas", "occupations", "--sort", "employed", "--asc", "--json");

        using var json = JsonDocument.Parse(run.Output);
        var employed = json.RootElement.GetProperty("occupations").EnumerateArray()
            .Select(o => o.GetProperty("employed")).Where(e => e.ValueKind == JsonValueKind.Number).Select(e => e.GetInt64()).ToList();
        Assert.NotEmpty(employed);
        Assert.Equal(employed.Order(), employed);
    }

    [Fact]
    public async Task Tables_are_in_Dutch_by_default()
    {
        var run = await home.TestAsync("atlas", "occupations", "--top", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Beroepsgroep", run.Output, StringComparison.Ordinal);
        Assert.Contains("Blootstelling per beroepsgroep: ILO 2025", run.Output, StringComparison.Ordinal);
        Assert.Contains("Bronnen:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Blootstelling is geen baanverlies", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lang_en_switches_the_headers_to_English()
    {
        var run = await home.TestAsync("atlas", "occupations", "--top", "3", "--lang", "en");

        Assert.Contains("Occupation group", run.Output, StringComparison.Ordinal);
        Assert.Contains("Exposure by occupation group: ILO 2025", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Beroepsgroep", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_exposure_column_shows_the_chosen_index()
    {
        var run = await home.TestAsync("atlas", "occupations", "--top", "3", "--index", "aioe");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Blootstelling per beroepsgroep: AIOE", run.Output, StringComparison.Ordinal);
    }

    private static List<string> Codes(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("occupations").EnumerateArray().Select(o => o.GetProperty("code").GetString()!)]; // "code" is never null in the schema.
    }
}

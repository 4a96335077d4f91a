using System.Text.Json;
using Regie.Cli.Tests.Infrastructure;

namespace Regie.Cli.Tests.Commands.Atlas;

public sealed class AtlasSummaryCommandTests(RegieHome home)
{
    [Fact]
    public async Task Json_matches_the_golden_file()
    {
        var run = await home.RunAsync("atlas", "summary", "--json");

        Assert.Equal(0, run.ExitCode);
        GoldenFile.AssertJson("atlas-summary.json", run.Output);
    }

    [Fact]
    public async Task Json_has_the_documented_fields()
    {
        var run = await home.RunAsync("atlas", "summary", "--json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(
            ["employmentPeriod", "totalEmployed", "employmentCoverage", "ilo2025WeightedMean", "ilo2025Classes", "ilo2023Classes", "indices", "aggregationRule", "caveats", "sources"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["classId", "label", "share", "persons"],
            json.RootElement.GetProperty("ilo2025Classes")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Tables_are_in_Dutch_by_default_with_their_source_and_the_exposure_caveat()
    {
        var run = await home.TestAsync("atlas", "summary");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Werkzame personen", run.Output, StringComparison.Ordinal);
        Assert.Contains("Bronnen:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Blootstelling is geen baanverlies", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lang_en_switches_the_headers_to_English()
    {
        var run = await home.TestAsync("atlas", "summary", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Employed persons", run.Output, StringComparison.Ordinal);
        Assert.Contains("Sources:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Exposure is not job loss", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Werkzame personen", run.Output, StringComparison.Ordinal);
    }
}

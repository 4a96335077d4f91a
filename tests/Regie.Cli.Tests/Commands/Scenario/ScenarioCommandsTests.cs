using System.Text.Json;
using Regie.Cli.Tests.Infrastructure;
using Regie.TestKit;

namespace Regie.Cli.Tests.Commands.Scenario;

public sealed class ScenarioCommandsTests(RegieHome home)
{
    [Fact]
    public async Task Presets_lists_every_shipped_scenario()
    {
        var run = await home.RunAsync("scenario", "presets", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        foreach (var file in Directory.GetFiles(Path.Combine(ShippedDataFolder.Path, "scenarios"), "*.yaml"))
            Assert.Contains(Path.GetFileNameWithoutExtension(file), run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_prints_years_who_pays_deciles_and_the_manifest()
    {
        var run = await home.RunAsync("scenario", "run", "central", "--households", "3000", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Who pays", run.Output, StringComparison.Ordinal);
        Assert.Contains("Change by baseline decile", run.Output, StringComparison.Ordinal);
        Assert.Contains("Run manifest", run.Output, StringComparison.Ordinal);
        Assert.Contains("A scenario, not a forecast", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_carries_the_whole_result_with_its_manifest_and_the_same_seed_gives_the_same_figures()
    {
        var first = await home.RunAsync("scenario", "run", "central", "--households", "2000", "--draws", "2", "--json");
        var second = await home.RunAsync("scenario", "run", "central", "--households", "2000", "--draws", "2", "--json");

        Assert.Equal(0, first.ExitCode);
        using var a = JsonDocument.Parse(first.Output);
        using var b = JsonDocument.Parse(second.Output);
        Assert.Equal(10, a.RootElement.GetProperty("years").GetArrayLength());
        Assert.Equal(2, a.RootElement.GetProperty("manifest").GetProperty("seeds").GetArrayLength());
        Assert.Equal(a.RootElement.GetProperty("years").GetRawText(), b.RootElement.GetProperty("years").GetRawText());
        Assert.Equal(a.RootElement.GetProperty("deciles").GetRawText(), b.RootElement.GetProperty("deciles").GetRawText());
    }

    [Fact]
    public async Task A_scenario_file_with_errors_exits_with_3_naming_the_fields()
    {
        using var folder = new TemporaryFolder("regie-scenario");
        var file = Path.Combine(folder.Path, "bad.yaml");
        await File.WriteAllTextAsync(file, "id: bad\nname: { en: Bad }\ndisplacement_share: 2\nmargin: layoffs\n", TestContext.Current.CancellationToken);

        var run = await home.RunAsync("scenario", "run", file, "--households", "1000");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("between 0 and 0.5", run.Error, StringComparison.Ordinal);
        Assert.Contains("job-loss", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_preset_exits_with_4_and_lists_the_presets()
    {
        var run = await home.RunAsync("scenario", "run", "doom", "--households", "1000");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("central", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_saved_population_exits_with_4()
    {
        var run = await home.RunAsync("scenario", "run", "central", "--population", "nowhere");

        Assert.Equal(4, run.ExitCode);
    }

    [Fact]
    public async Task Compare_shows_both_scenarios_on_one_baseline()
    {
        var run = await home.RunAsync("scenario", "compare", "central", "wage-cut", "--households", "2000", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("central", run.Output, StringComparison.Ordinal);
        Assert.Contains("wage-cut", run.Output, StringComparison.Ordinal);
        Assert.Contains("B − A", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_a_hypothetical_household_shows_its_ww_duration_and_bijstand_with_legal_references()
    {
        var file = Path.Combine(ShippedDataFolder.Path, "scenarios", "households", "single-clerk.yaml");

        var run = await home.RunAsync("scenario", "explain", "central", "--hypothetical", file, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var steps = json.RootElement.GetProperty("scenario").EnumerateArray().ToList();
        Assert.Contains(steps, s => s.GetProperty("rule").GetString() == "ww.duration" && s.GetProperty("value").GetDecimal() == 23);
        Assert.Contains(steps, s => s.GetProperty("rule").GetString() == "bijstand" && s.GetProperty("legalReference").GetString()!.Contains("PW", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Explain_a_household_of_the_population_by_number()
    {
        var run = await home.RunAsync("scenario", "explain", "central", "--household", "7", "--households", "1000", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Household 7", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_needs_exactly_one_household()
    {
        var run = await home.RunAsync("scenario", "explain", "central");

        Assert.Equal(3, run.ExitCode);
    }
}

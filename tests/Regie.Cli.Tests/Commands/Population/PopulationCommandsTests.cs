using System.Text.Json;
using Regie.Cli.Tests.Infrastructure;

namespace Regie.Cli.Tests.Commands.Population;

/// <summary><c>regie population synth</c> and <c>validate</c> against a temporary REGIE_HOME with the real shipped data.</summary>
public sealed class PopulationCommandsTests(RegieHome home)
{
    [Fact]
    public async Task I_can_synthesise_a_small_population_and_validate_it()
    {
        var synth = await home.RunAsync("population", "synth", "--households", "3000", "--seed", "7", "--name", "cli-small", "--lang", "en");
        var validate = await home.RunAsync("population", "validate", "cli-small", "--lang", "en");

        Assert.True(synth.ExitCode == 0, synth.ToString());
        Assert.Contains("Synthesised 3,000 household records", synth.Output, StringComparison.Ordinal);
        Assert.Matches(@"(\d[\d,]*) of \1 calibrated marginals are within their tolerance", synth.Output);
        Assert.True(File.Exists(Path.Combine(home.Path, "populations", "cli-small.rpop")));
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Contains("Calibrated marginals", validate.Output, StringComparison.Ordinal);
        Assert.Contains("age.aow-in-private-households", validate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Synth_speaks_Dutch_by_default()
    {
        var run = await home.RunAsync("population", "synth", "--households", "500", "--name", "cli-dutch");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("huishoudrecords", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Synth_json_names_the_file_the_provenance_and_the_failed_rows()
    {
        var run = await home.RunAsync("population", "synth", "--households", "2000", "--seed", "3", "--name", "cli-json", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("cli-json", root.GetProperty("name").GetString());
        Assert.Equal(3UL, root.GetProperty("info").GetProperty("seed").GetUInt64());
        Assert.Equal(2000, root.GetProperty("info").GetProperty("households").GetInt32());
        Assert.Equal(64, root.GetProperty("info").GetProperty("contentHash").GetString()!.Length); // the hash is a string
        Assert.Equal(0, root.GetProperty("failed").GetInt32());
        Assert.Equal(0, root.GetProperty("failedRows").GetArrayLength());
    }

    [Fact]
    public async Task Validate_json_has_every_row_and_assumption()
    {
        await home.RunAsync("population", "synth", "--households", "1000", "--name", "cli-report", "--json");

        var run = await home.RunAsync("population", "validate", "cli-report", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var row = json.RootElement.GetProperty("rows")[0];
        Assert.Equal(
            ["theme", "marginal", "subject", "target", "synthetic", "unit", "sourceId", "table", "period", "tolerance", "toleranceRule", "absoluteDifference", "relativeDifference", "ok"],
            row.EnumerateObject().Select(p => p.Name));
        Assert.True(json.RootElement.GetProperty("assumptions").GetArrayLength() > 20);
        Assert.True(json.RootElement.GetProperty("sameTargets").GetBoolean());
    }

    [Fact]
    public async Task A_negative_number_of_households_exits_3_with_the_reason()
    {
        var run = await home.RunAsync("population", "synth", "--households", "-1");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("regie: The number of households must be between 1 and 20,000,000, not -1.", run.Error.Trim());
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task A_name_that_is_not_a_file_name_exits_3()
    {
        var run = await home.RunAsync("population", "synth", "--households", "10", "--name", "../escape");

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("regie: '../escape' is not a population name", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seed_that_is_not_a_number_is_a_usage_error()
    {
        var run = await home.RunAsync("population", "synth", "--seed", "minus-one");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Validating_a_population_that_does_not_exist_exits_4()
    {
        var run = await home.RunAsync("population", "validate", "nobody-made-this");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("regie population synth", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_population_file_exits_3_naming_the_problem()
    {
        await home.RunAsync("population", "synth", "--households", "200", "--name", "cli-corrupt", "--json");
        var path = Path.Combine(home.Path, "populations", "cli-corrupt.rpop");
        var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        bytes[^1] ^= 1;
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);

        var run = await home.RunAsync("population", "validate", "cli-corrupt");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("the file is corrupt", run.Error, StringComparison.Ordinal);
    }
}

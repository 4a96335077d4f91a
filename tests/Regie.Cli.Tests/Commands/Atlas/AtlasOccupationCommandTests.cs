using System.Text.Json;
using Regie.Cli.Tests.Infrastructure;

namespace Regie.Cli.Tests.Commands.Atlas;

public sealed class AtlasOccupationCommandTests(RegieHome home)
{
    [Fact]
    public async Task An_unknown_code_exits_with_4_and_names_it_on_stderr()
    {
        var run = await home.RunAsync("atlas", "occupation", "9999");

        Assert.Equal(4, run.ExitCode);
        Assert.Equal("regie: No BRC 2014 occupation group has code '9999'.\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task A_malformed_code_is_a_validation_error()
    {
        var run = await home.RunAsync("atlas", "occupation", "08x1");

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("regie: '08x1' is not a BRC 2014 occupation group code", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_a_group_with_its_unit_groups_source_and_caveat()
    {
        var code = await FirstCodeAsync();

        var run = await home.TestAsync("atlas", "occupation", code);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ISCO-08-beroepen in deze groep", run.Output, StringComparison.Ordinal);
        Assert.Contains("Bronnen:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Blootstelling is geen baanverlies", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_has_the_documented_fields()
    {
        var code = await FirstCodeAsync();

        var run = await home.RunAsync("atlas", "occupation", code, "--json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(
            ["occupation", "unitGroups", "percentiles", "aggregationRule", "caveats", "sources"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(code, json.RootElement.GetProperty("occupation").GetProperty("code").GetString());
    }

    private async Task<string> FirstCodeAsync()
    {
        var list = await home.RunAsync("atlas", "occupations", "--top", "1", "--json");
        using var json = JsonDocument.Parse(list.Output);
        return json.RootElement.GetProperty("occupations")[0].GetProperty("code").GetString()!; // "code" is never null in the schema.
    }
}

using System.Text.Json;
using Regie.Cli.Tests.Infrastructure;

namespace Regie.Cli.Tests.Commands.Atlas;

public sealed class AtlasSectorsCommandTests(RegieHome home)
{
    [Fact]
    public async Task A_year_without_data_is_not_found()
    {
        var run = await home.RunAsync("atlas", "sectors", "--year", "1990");

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith("regie: No sector × occupation data for 1990.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("24")]
    public async Task A_year_that_is_not_a_year_is_invalid_input_with_a_sentence(string year)
    {
        var run = await home.RunAsync("atlas", "sectors", "--year", year);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal($"regie: '{year}' is not a year. Use four digits, e.g. 2024.", run.Error.Trim());
    }

    [Fact]
    public async Task Shows_the_latest_year_by_default()
    {
        var run = await home.RunAsync("atlas", "sectors", "--json");

        using var json = JsonDocument.Parse(run.Output);
        var years = json.RootElement.GetProperty("availableYears").EnumerateArray().Select(y => y.GetInt32());
        Assert.Equal(years.Max(), json.RootElement.GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task Shows_sectors_with_their_source_and_the_exposure_caveat()
    {
        var run = await home.TestAsync("atlas", "sectors", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Sources:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Exposure is not job loss", run.Output, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using Regie.Cli.Tests.Infrastructure;

namespace Regie.Cli.Tests.Commands.Atlas;

/// <summary>The commands without options of their own: groups, indices, sources.</summary>
public sealed class AtlasViewsTests(RegieHome home)
{
    [Theory]
    [InlineData("groups")]
    [InlineData("indices")]
    public async Task Shows_tables_with_their_source_and_the_exposure_caveat(string command)
    {
        var run = await home.TestAsync("atlas", command);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Bron", run.Output, StringComparison.Ordinal);
        Assert.Contains("Blootstelling is geen baanverlies", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("groups", "payBands")]
    [InlineData("indices", "correlations")]
    public async Task Json_parses_and_has_the_documented_field(string command, string field)
    {
        var run = await home.RunAsync("atlas", command, "--json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.TryGetProperty(field, out _), run.Output);
    }

    [Fact]
    public async Task Sources_lists_every_source_with_licence_and_attribution()
    {
        var run = await home.RunAsync("atlas", "sources", "--json");

        using var json = JsonDocument.Parse(run.Output);
        var first = json.RootElement[0];
        Assert.Equal(
            ["id", "title", "publisher", "table", "period", "files", "origin", "licence", "attribution", "url"],
            first.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Sources_prints_the_ILO_adaptation_and_translation_disclaimers()
    {
        var run = await home.RunAsync("atlas", "sources");

        var text = string.Join(' ', run.Output.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("This adaptation has not been prepared, reviewed or endorsed by the ILO", text, StringComparison.Ordinal);
        Assert.Contains("Deze vertaling is niet gemaakt door de Internationale Arbeidsorganisatie", text, StringComparison.Ordinal);
    }
}

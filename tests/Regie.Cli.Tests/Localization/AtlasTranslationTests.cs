using System.Text.Json;
using Regie.Cli.Localization;
using Regie.Cli.Tests.Infrastructure;

namespace Regie.Cli.Tests.Localization;

/// <summary>The atlas writes its rules and caveats in English; the Dutch tables must translate every sentence of them.</summary>
public sealed class AtlasTranslationTests(RegieHome home)
{
    [Theory]
    [InlineData("summary")]
    [InlineData("occupations")]
    [InlineData("sectors")]
    [InlineData("groups")]
    [InlineData("indices")]
    public async Task Every_rule_and_caveat_of_a_view_has_a_Dutch_translation(string command)
    {
        var run = await home.RunAsync("atlas", command, "--json");

        var untranslated = Notes(run.Output).Select(Texts.Untranslated).Where(rest => rest.Length > 0).ToList();

        Assert.Empty(untranslated);
    }

    [Fact]
    public async Task Every_rule_and_caveat_of_an_occupation_has_a_Dutch_translation()
    {
        var run = await home.RunAsync("atlas", "occupation", "0811", "--json");
        var untranslated = Notes(run.Output).Select(Texts.Untranslated).Where(rest => rest.Length > 0).ToList();

        Assert.Empty(untranslated);
    }

    private static List<string> Notes(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var notes = new List<string>();
        foreach (var field in (string[])["aggregationRule", "payBandRule"])
        {
            if (root.TryGetProperty(field, out var rule))
            {
                notes.Add(rule.GetString()!); // rules are never null in the schema
            }
        }

        if (root.TryGetProperty("caveats", out var caveats))
        {
            notes.AddRange(caveats.EnumerateArray().Select(c => c.GetString()!)); // caveats are never null
        }

        Assert.NotEmpty(notes);
        return notes;
    }
}

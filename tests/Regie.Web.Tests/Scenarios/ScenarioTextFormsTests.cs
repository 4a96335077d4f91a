using System.Globalization;
using Regie.Monitor.Scenarios.Spec;
using Regie.TestKit;
using Regie.Web.Components.Pages.ScenarioLab;
using Regie.Web.Scenarios;

namespace Regie.Web.Tests.Scenarios;

/// <summary>The lab's two other forms of a scenario, the parameter form and YAML, carry every preset unchanged.</summary>
public sealed class ScenarioTextFormsTests
{
    public static TheoryData<string> Presets =>
        [.. Directory.GetFiles(Path.Combine(ShippedDataFolder.Path, "scenarios"), "*.yaml").Order(StringComparer.Ordinal).Select(Path.GetFileName).OfType<string>()];

    private static ScenarioSpec Preset(string file) =>
        ScenarioReader.Read(File.ReadAllText(Path.Combine(ShippedDataFolder.Path, "scenarios", file))).Value;

    [Theory]
    [MemberData(nameof(Presets))]
    public void A_preset_written_as_YAML_reads_back_to_the_same_scenario(string file)
    {
        var json = ScenarioWriter.ToJson(Preset(file));

        var yaml = ScenarioYaml.FromJson(json);

        Assert.Equal(json, ScenarioWriter.ToJson(ScenarioReader.Read(yaml).Value));
        Assert.DoesNotContain("{", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void A_preset_in_the_Dutch_parameter_form_posts_back_as_the_same_scenario(string file)
    {
        var spec = Preset(file);

        var form = ScenarioFormText.From(spec, "nl", CultureInfo.GetCultureInfo("nl-NL"));
        var (text, unreadable) = ScenarioFormText.ToText(form);

        Assert.Empty(unreadable);
        var back = ScenarioReader.Read(text!).Value; // no unreadable fields: there is a text
        var expected = spec with { Name = new LocalizedText(spec.Name.Nl, spec.Name.Nl), Description = spec.Description is { } d ? new LocalizedText(d.Nl, d.Nl) : null };
        Assert.Equal(ScenarioWriter.ToJson(expected), ScenarioWriter.ToJson(back));
    }

    [Fact]
    public void Percentages_are_read_with_a_comma_or_a_point()
    {
        var form = new ScenarioForm { Id = "x", Name = "X", DisplacementShare = "7,5", SurvivorWageGrowth = "2.6", PhaseIn = "25 50;100" };

        var (text, _) = ScenarioFormText.ToText(form);

        var spec = ScenarioReader.Read(text!).Value; // every number is readable
        Assert.Equal(0.075, spec.DisplacementShare);
        Assert.Equal(0.026, spec.SurvivorWageGrowth);
        Assert.Equal([0.25, 0.5, 1.0], spec.PhaseIn);
    }

    [Fact]
    public void The_fields_whose_text_is_not_a_number_are_named()
    {
        var form = new ScenarioForm { Id = "x", Name = "X", DisplacementShare = "zeven", Draws = "2,5", PhaseIn = "25 veel" };

        var (text, unreadable) = ScenarioFormText.ToText(form);

        Assert.Null(text);
        Assert.Equal([nameof(ScenarioForm.DisplacementShare), nameof(ScenarioForm.Draws), nameof(ScenarioForm.PhaseIn)], unreadable.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("displacement_share", nameof(ScenarioForm.DisplacementShare))]
    [InlineData("reemployment.monthly_hazard.55-aow", nameof(ScenarioForm.Hazard55Aow))]
    [InlineData("take_up.toeslagenwet", nameof(ScenarioForm.TakeUpTw))]
    [InlineData("name", nameof(ScenarioForm.Name))]
    [InlineData("file", null)]
    public void A_scenario_reader_field_maps_to_its_form_field(string field, string? property) =>
        Assert.Equal(property, ScenarioFormText.PropertyOf(field));
}

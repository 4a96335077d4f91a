using Regie.Core.Results;
using Regie.Monitor.Scenarios.Spec;
using Regie.TestKit;

namespace Regie.Monitor.Tests.Scenarios.Spec;

public sealed class ScenarioReaderTests
{
    [Fact]
    public void Every_shipped_preset_reads_without_errors()
    {
        var folder = Path.Combine(ShippedDataFolder.Path, "scenarios");
        var files = Directory.GetFiles(folder, "*.yaml");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var result = ScenarioReader.Read(File.ReadAllText(file), Path.GetFileName(file));
            Assert.True(result.IsSuccess, $"{file}: {Describe(result.Error)}");
            Assert.Equal(Path.GetFileNameWithoutExtension(file), result.Value.Id);
        }
    }

    [Fact]
    public void A_minimal_file_takes_the_central_defaults()
    {
        var spec = ScenarioReader.Read("id: mine\nname: { nl: Mijn scenario }").Value;

        Assert.Equal(0.07, spec.DisplacementShare);
        Assert.Equal(0.026, spec.SurvivorWageGrowth);
        Assert.Equal(new DateOnly(2026, 1, 1), spec.LawDate);
        Assert.Equal(Incidence.ExposureProportional, spec.Incidence);
        Assert.Equal(AdjustmentMargin.JobLoss, spec.Margin);
        Assert.Equal("Mijn scenario", spec.Name.En);
        Assert.True(spec.Reemployment.IsStatic);
    }

    [Fact]
    public void Json_reads_as_well_as_yaml()
    {
        var spec = ScenarioReader.Read("""{"id": "j", "name": {"en": "J"}, "margin": "wage-cut", "draws": 5}""").Value;

        Assert.Equal(AdjustmentMargin.WageCut, spec.Margin);
        Assert.Equal(5, spec.Draws);
    }

    [Fact]
    public void The_writer_output_reads_back_to_the_same_scenario()
    {
        var text = File.ReadAllText(Path.Combine(ShippedDataFolder.Path, "scenarios", "gradual-with-training.yaml"));
        var spec = ScenarioReader.Read(text).Value;

        var again = ScenarioReader.Read(ScenarioWriter.ToJson(spec)).Value;

        Assert.Equal(ScenarioWriter.ToJson(spec), ScenarioWriter.ToJson(again));
        Assert.Equal(0.25, again.Reemployment.TrainingUplift);
    }

    [Fact]
    public void Every_wrong_field_is_named_at_once()
    {
        var result = ScenarioReader.Read("""
            id: Bad Id
            name: { nl: x }
            displacement_share: 0.9
            incidence: everyone
            phase_in: [0.5, 0.2]
            reemployment: { monthly_hazard: { "60-70": 0.1 } }
            """);

        var fields = Assert.IsType<ValidationError>(result.Error).Fields;
        Assert.Contains("id", fields.Keys);
        Assert.Contains("displacement_share", fields.Keys);
        Assert.Contains("incidence", fields.Keys);
        Assert.Contains("phase_in", fields.Keys);
        Assert.Contains("reemployment.monthly_hazard.60-70", fields.Keys);
    }

    [Fact]
    public void A_syntax_error_names_the_line()
    {
        var result = ScenarioReader.Read("id: x\nname: { nl: [unclosed\n", "mine.yaml");

        var message = Assert.Single(Assert.IsType<ValidationError>(result.Error).Fields["file"]);
        Assert.StartsWith("mine.yaml, line ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_an_error_not_silently_ignored()
    {
        var result = ScenarioReader.Read("id: x\nname: { nl: x }\ndisplacment_share: 0.1\n");

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Phase_in_is_linear_within_a_year_and_holds_after_the_last()
    {
        var spec = ScenarioReader.Read("id: p\nname: { nl: p }\nphase_in: [0.5, 1.0]").Value;

        Assert.Equal(0.5 / 12, spec.PhaseAtEndOfMonth(0), 12);
        Assert.Equal(0.5, spec.PhaseAtEndOfMonth(11), 12);
        Assert.Equal(0.75, spec.PhaseAtEndOfMonth(17), 12);
        Assert.Equal(1.0, spec.PhaseAtEndOfMonth(40), 12);
    }

    private static string Describe(Error? error) =>
        error is ValidationError v ? string.Join("; ", v.Fields.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}")) : error?.Message ?? "";
}

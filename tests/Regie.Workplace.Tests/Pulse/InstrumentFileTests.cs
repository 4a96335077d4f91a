using Regie.Workplace.Pulse.Instrument;

namespace Regie.Workplace.Tests.Pulse;

/// <summary>The shipped pulse instrument reads and has what the domain note asks for.</summary>
public sealed class InstrumentFileTests
{
    [Fact]
    public void The_shipped_instrument_has_the_job_quality_and_AI_dimensions()
    {
        var instrument = InstrumentFile.Current;

        Assert.Equal(
            ["workload", "autonomy", "emotional", "exhaustion", "ai.monitoring", "ai.understanding", "ai.disagree", "ai.deskilling", "ai.consulted", "ai.whereToAsk"],
            instrument.Dimensions.Select(d => d.Code));
    }

    [Fact]
    public void Every_dimension_cites_what_it_measures_and_every_item_has_Dutch_and_English()
    {
        var instrument = InstrumentFile.Current;

        Assert.All(instrument.Dimensions, d => Assert.False(string.IsNullOrWhiteSpace(d.Measures)));
        Assert.All(instrument.Dimensions.SelectMany(d => d.Items), i => Assert.NotEqual(i.Text.Nl, i.Text.En));
        Assert.Equal(instrument.Dimensions.SelectMany(d => d.Items).Count(), instrument.Dimensions.SelectMany(d => d.Items).Select(i => i.Code).Distinct().Count());
    }

    [Fact]
    public void The_baseline_leaves_out_questions_about_using_the_system()
    {
        var baseline = InstrumentFile.Current.DimensionsFor(baseline: true).Select(d => d.Code).ToList();

        Assert.DoesNotContain("ai.monitoring", baseline);
        Assert.DoesNotContain("ai.deskilling", baseline);
        Assert.Contains("workload", baseline);
        Assert.Contains("ai.consulted", baseline);
    }
}

using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Population.Validation;
using Regie.TestKit.Population;

namespace Regie.Monitor.Tests.Scenarios.Population;

public sealed class PopulationValidationTests
{
    private static readonly PopulationTargets Targets = SmallPopulationTargets.Create();

    [Fact]
    public void A_population_that_misses_a_target_fails_that_row()
    {
        var population = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(3_000, 6));
        var ww = Enumerable.Range(0, population.PersonCount).Where(p => population.Status[p] == LabourStatus.UnemployedWw).Take(20).ToList();
        foreach (var p in ww)
        {
            population.Status[p] = LabourStatus.Inactive;
        }

        var report = PopulationValidation.Report(population, Targets);

        var row = Assert.Single(report.Rows, r => !r.Ok);
        Assert.Equal("labour.ww", row.Marginal);
        Assert.Equal("cbs-37789ksz", row.SourceId);
    }

    [Fact]
    public void Rows_carry_differences_and_a_tolerance_rule()
    {
        var population = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(3_000, 6));

        var report = PopulationValidation.Report(population, Targets);

        Assert.All(report.Rows, r =>
        {
            Assert.Equal(r.Synthetic - r.Target, r.AbsoluteDifference, 9);
            Assert.True(r.Tolerance > 0, r.ToString());
            Assert.False(string.IsNullOrEmpty(r.ToleranceRule));
            Assert.False(string.IsNullOrEmpty(r.SourceId));
        });
        Assert.Equal(PopulationAssumptions.All, report.Assumptions);
    }

    [Fact]
    public void A_report_against_other_targets_says_so()
    {
        var population = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(1_000, 6));
        var other = Targets with { Labour = Targets.Labour with { WwBenefits = Targets.Labour.WwBenefits with { Value = 1_600 } } };

        var report = PopulationValidation.Report(population, other);

        Assert.False(report.SameTargets);
    }
}

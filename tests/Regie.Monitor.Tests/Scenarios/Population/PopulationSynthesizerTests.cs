using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Population.Validation;
using Regie.TestKit.Population;

namespace Regie.Monitor.Tests.Scenarios.Population;

/// <summary>The synthesis on small hand-built targets: determinism, scale, invariants and calibration.</summary>
public sealed class PopulationSynthesizerTests
{
    private static readonly PopulationTargets Targets = SmallPopulationTargets.Create();

    [Fact]
    public void The_same_seed_gives_identical_column_bytes()
    {
        var first = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(4_000, 11));
        var second = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(4_000, 11));

        Assert.Equal(first.Info.ContentHash, second.Info.ContentHash);
        var columns = PopulationColumns.Of(first).Zip(PopulationColumns.Of(second));
        Assert.All(columns, pair => Assert.True(pair.First.Bytes.SequenceEqual(pair.Second.Bytes), pair.First.Name));
    }

    [Fact]
    public void A_different_seed_gives_a_different_population()
    {
        var first = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(4_000, 11));
        var second = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(4_000, 12));

        Assert.NotEqual(first.Info.ContentHash, second.Info.ContentHash);
        Assert.False(first.Age.AsSpan().SequenceEqual(second.Age));
    }

    [Fact]
    public void One_thread_or_many_give_the_same_bytes()
    {
        var single = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(40_000, 21, Threads: 1));
        var many = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(40_000, 21, Threads: 8));

        Assert.Equal(single.Info.ContentHash, many.Info.ContentHash);
    }

    [Fact]
    public async Task Syntheses_running_at_the_same_time_give_the_same_bytes()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            Task.Run(() => PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(3_000, 5)).Info.ContentHash, TestContext.Current.CancellationToken)));

        Assert.Single(runs.Distinct());
    }

    [Fact]
    public void A_sample_stands_for_the_whole_country()
    {
        var full = PopulationSynthesizer.FullSize(Targets);

        var population = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(2_000, 1));

        Assert.Equal(2_000, population.HouseholdCount);
        Assert.Equal(full, population.Weight.Sum(), 6);
        Assert.Equal(Targets.Households.PersonsInPrivateHouseholds.Value, population.WeightedPersons(), Targets.Households.PersonsInPrivateHouseholds.Value * 0.005);
    }

    [Fact]
    public void The_default_size_is_the_full_count_with_weight_one()
    {
        var population = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(Seed: 3));

        Assert.Equal(PopulationSynthesizer.FullSize(Targets), population.HouseholdCount);
        Assert.All(population.Weight, w => Assert.Equal(1.0, w, 9));
    }

    [Fact]
    public void The_columns_are_consistent()
    {
        var population = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(5_000, 2));

        Assert.Null(population.Validate());
        Assert.Equal(Targets.Occupations.Select(o => o.Code), population.Codes.Occupations);
        Assert.Equal(Targets.Sectors.Sections, population.Codes.Sectors);
    }

    [Fact]
    public void Every_calibrated_marginal_is_within_its_tolerance()
    {
        var population = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(5_000, 4));

        var report = PopulationValidation.Report(population, Targets);

        Assert.True(report.Failed == 0, string.Join("\n", report.Rows.Where(r => !r.Ok)));
        Assert.True(report.SameTargets);
    }

    [Fact]
    public void The_info_names_seed_size_version_and_hashes()
    {
        var population = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(1_000, 99));

        Assert.Equal(new PopulationInfo("synthetic", PopulationSynthesizer.Version, 99, 1_000, Targets.ContentHash, PopulationColumns.ContentHash(population)), population.Info);
    }

    [Fact]
    public void Only_employees_have_wages_and_occupations_match_statuses()
    {
        var p = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(3_000, 8));

        for (var i = 0; i < p.PersonCount; i++)
        {
            var working = p.Status[i] is LabourStatus.Employee or LabourStatus.SelfEmployed;
            Assert.Equal(working, p.Occupation[i] >= 0);
            Assert.Equal(working, p.Sector[i] >= 0);
            Assert.Equal(p.Status[i] == LabourStatus.Employee, p.WageCents[i] > 0);
            Assert.Equal(p.Status[i] == LabourStatus.UnemployedWw, p.WwMonthsLeft[i] > 0);
            Assert.Equal(p.Status[i] == LabourStatus.UnemployedWw, p.PriorWageCents[i] > 0);
        }
    }

    [Fact]
    public void Children_are_younger_than_their_parents()
    {
        var p = PopulationSynthesizer.Synthesize(Targets, new SynthesisOptions(3_000, 8));

        for (var i = 0; i < p.PersonCount; i++)
        {
            if (p.Role[i] == HouseholdRole.Child)
            {
                Assert.True(p.Age[p.FirstPerson[p.HouseholdOf[i]]] >= p.Age[i] + 18, $"child {i}");
            }
        }
    }

    [Fact]
    public void Zero_threads_is_a_validation_error()
    {
        Assert.Equal(["threads"], new SynthesisOptions(10, Threads: 0).Validate()!.Fields.Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(SynthesisOptions.MaxHouseholds + 1)]
    public void An_impossible_size_is_a_validation_error(int households)
    {
        var options = new SynthesisOptions(households);

        Assert.NotNull(options.Validate());
        Assert.Throws<ArgumentException>(() => PopulationSynthesizer.Synthesize(Targets, options));
    }

    [Fact]
    public void Inconsistent_targets_are_refused_with_the_reason()
    {
        var broken = Targets with { Provinces = [.. Targets.Provinces.Take(11)] };

        var error = Assert.Throws<ArgumentException>(() => PopulationSynthesizer.Synthesize(broken, new SynthesisOptions(100)));

        Assert.Contains("expected 12 provinces", error.Message, StringComparison.Ordinal);
    }
}

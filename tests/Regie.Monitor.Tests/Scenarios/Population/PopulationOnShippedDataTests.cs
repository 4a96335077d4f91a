using Regie.Monitor.Scenarios.Population;

namespace Regie.Monitor.Tests.Scenarios.Population;

/// <summary>A 20,000-household synthesis from the real shipped CBS data meets every calibrated marginal.</summary>
public sealed class PopulationOnShippedDataTests(ShippedPopulation shipped) : IClassFixture<ShippedPopulation>
{
    [Fact]
    public void Every_calibrated_marginal_is_within_its_stated_tolerance()
    {
        var failed = shipped.Report.Rows.Where(r => !r.Ok).ToList();

        Assert.True(failed.Count == 0, string.Join("\n", failed));
    }

    [Fact]
    public void The_report_lists_every_BRC_group_province_and_sector()
    {
        var rows = shipped.Report.Rows;

        Assert.Equal(shipped.Targets.Occupations.Count, rows.Count(r => r.Marginal == "occupation.employed"));
        Assert.Equal(shipped.Targets.Occupations.Count, rows.Count(r => r.Marginal == "occupation.women-share"));
        Assert.Equal(shipped.Targets.Occupations.Count, rows.Count(r => r.Marginal == "occupation.higher-education-share"));
        Assert.Equal(12 * 4, rows.Count(r => r.Marginal == "region.household-share"));
        Assert.Equal(shipped.Targets.Sectors.Sections.Count, rows.Count(r => r.Marginal == "sector.employed-share"));
        Assert.Equal(114, shipped.Targets.Occupations.Count);
    }

    [Fact]
    public void Weighted_persons_are_the_persons_in_private_households()
    {
        var target = shipped.Targets.Households.PersonsInPrivateHouseholds.Value;

        Assert.Equal(17_653_766, target);
        Assert.InRange(shipped.Population.WeightedPersons(), target * 0.998, target * 1.002);
    }

    [Fact]
    public void The_population_has_no_broken_invariant()
    {
        Assert.Null(shipped.Population.Validate());
    }

    [Fact]
    public void Occupation_shares_of_employment_match_CBS()
    {
        var p = shipped.Population;
        var groups = shipped.Targets.Occupations;
        var synthetic = new double[groups.Count];
        for (var i = 0; i < p.PersonCount; i++)
        {
            if (p.Occupation[i] >= 0)
            {
                synthetic[p.Occupation[i]] += p.Weight[p.HouseholdOf[i]];
            }
        }

        var total = groups.Sum(g => g.Employed.Value);
        var employed = synthetic.Sum();
        var gap = groups.Select((g, o) => Math.Abs(synthetic[o] / employed - g.Employed.Value / total)).Sum() / 2;

        // Dissimilarity index: the share of the employed that would have to change group to match CBS.
        Assert.InRange(gap, 0, 0.01);
    }

    [Fact]
    public void The_women_and_higher_education_shares_of_BRC_groups_are_honoured()
    {
        var p = shipped.Population;
        var groups = shipped.Targets.Occupations;
        var (employed, women, higher) = (new double[groups.Count], new double[groups.Count], new double[groups.Count]);
        for (var i = 0; i < p.PersonCount; i++)
        {
            if (p.Occupation[i] is var o and >= 0)
            {
                employed[o]++;
                women[o] += p.Sex[i] == Sex.Female ? 1 : 0;
                higher[o] += p.Education[i] == Education.High ? 1 : 0;
            }
        }

        // Employment-weighted mean absolute error over the groups, in share points.
        var weight = employed.Sum();
        var womenError = groups.Select((g, o) => employed[o] * Math.Abs(women[o] / Math.Max(1, employed[o]) - g.WomenShare.Value)).Sum() / weight;
        var higherError = groups.Select((g, o) => employed[o] * Math.Abs(higher[o] / Math.Max(1, employed[o]) - g.HigherEducationShare.Value)).Sum() / weight;
        Assert.InRange(womenError, 0, 0.03);
        Assert.InRange(higherError, 0, 0.03);
    }

    [Fact]
    public void The_same_seed_gives_identical_bytes_and_another_seed_does_not()
    {
        var again = PopulationSynthesizer.Synthesize(shipped.Targets, new SynthesisOptions(ShippedPopulation.Households, 1));
        var other = PopulationSynthesizer.Synthesize(shipped.Targets, new SynthesisOptions(ShippedPopulation.Households, 2));

        Assert.All(PopulationColumns.Of(shipped.Population).Zip(PopulationColumns.Of(again)), c => Assert.True(c.First.Bytes.SequenceEqual(c.Second.Bytes), c.First.Name));
        Assert.NotEqual(shipped.Population.Info.ContentHash, other.Info.ContentHash);
    }

    [Fact]
    public void Every_target_cites_a_source_of_the_catalogue()
    {
        var catalogue = shipped.Store.Reference.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        var cited = shipped.Report.Rows.SelectMany(r => r.SourceId.Split('+')).Distinct().ToList();

        Assert.All(cited, id => Assert.Contains(id, catalogue));
    }

    [Fact]
    public void The_labour_figures_are_the_latest_full_year()
    {
        var labour = shipped.Targets.Labour;

        Assert.Equal(2025, labour.Year);
        Assert.Equal(188_200, labour.WwBenefits.Value, 6);
        Assert.Equal(345_500, labour.BijstandBelowAowAge.Value, 6);
        Assert.Equal(9_833_000, labour.Employed.Value, 6);
    }
}

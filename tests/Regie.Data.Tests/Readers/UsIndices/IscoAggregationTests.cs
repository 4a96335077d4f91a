using CsCheck;
using Regie.Core.Classifications;
using Regie.Core.Exposure;
using Regie.Data.Readers.UsIndices;

namespace Regie.Data.Tests.Readers.UsIndices;

public sealed class IscoAggregationTests
{
    /// <summary>Scores, with repeated values among them: means of equal values are where rounding shows.</summary>
    private static readonly Gen<double> Score = Gen.OneOf<double>(Gen.Double[-3, 3], Gen.OneOf(0.1, 0.7, 1.1));

    /// <summary>Source occupations S0…Sn with scores, each linked to some of a small pool of unit groups.</summary>
    private static readonly Gen<(SourceScore[] Scores, (string, string)[] Links)> Cases =
        Gen.Int[1, 25].SelectMany(n => Gen.Select(
            Score.Array[n],
            Gen.Select(Gen.Int[0, n + 2], Gen.Int[0, 11]).Array[0, 4 * n]))
        .Select((values, links) => (
            values.Select((v, i) => new SourceScore($"S{i}", v)).ToArray(),
            links.Select(l => ($"S{l.Item1}", UnitGroup(l.Item2))).ToArray()));

    [Fact]
    public void Does_not_depend_on_the_order_of_the_scores() =>
        Cases.SelectMany(c => Gen.Shuffle(c.Scores.ToArray()).Select(shuffled => (c, shuffled))).Sample(t =>
        {
            var crosswalk = Crosswalk.From(t.c.Links);

            var original = IscoAggregation.Aggregate(ExposureIndex.Aioe, t.c.Scores, crosswalk);
            var shuffled = IscoAggregation.Aggregate(ExposureIndex.Aioe, t.shuffled, crosswalk);

            Assert.Equal(original.Scores, shuffled.Scores);
            Assert.Equal(original.Coverage, shuffled.Coverage);
        });

    [Fact]
    public void Keeps_each_score_between_the_lowest_and_highest_linked_score() =>
        Cases.Sample(c =>
        {
            var result = IscoAggregation.Aggregate(ExposureIndex.Aioe, c.Scores, Crosswalk.From(c.Links));

            Assert.All(result.Scores, s =>
            {
                var linked = LinkedScores(c, s.Code).ToArray();
                Assert.InRange(s.Score, linked.Min(), linked.Max());
            });
        });

    [Fact]
    public void Counts_the_distinct_source_occupations_linked_to_each_unit_group() =>
        Cases.Sample(c =>
        {
            var result = IscoAggregation.Aggregate(ExposureIndex.Aioe, c.Scores, Crosswalk.From(c.Links));

            Assert.All(result.Scores, s => Assert.Equal(LinkedScores(c, s.Code).Count(), s.LinkedOccupations));
            Assert.Equal(c.Links.Where(l => c.Scores.Any(s => s.Code == l.Item1)).Select(l => l.Item2).Distinct().Count(),
                result.Coverage.IscoUnitGroupsReached);
        });

    [Fact]
    public void Takes_the_unweighted_mean_over_linked_occupations()
    {
        SourceScore[] scores = [new("11-1011", 1.0), new("11-1021", 2.0), new("11-2011", 6.0), new("11-3011", 100)];
        var crosswalk = Crosswalk.From([("11-1011", "1120"), ("11-1021", "1120"), ("11-2011", "1120"), ("11-2011", "1221")]);

        var result = IscoAggregation.Aggregate(ExposureIndex.Aioe, scores, crosswalk);

        Assert.Equal([(IscoCode.Parse("1120"), 3.0, 3), (IscoCode.Parse("1221"), 6.0, 1)],
            result.Scores.Select(s => (s.Code, s.Score, s.LinkedOccupations)));
        Assert.Equal(new CrosswalkCoverage(ExposureIndex.Aioe, 4, 3, 2), result.Coverage);
    }

    [Fact]
    public void Rejects_a_source_occupation_given_twice()
    {
        SourceScore[] scores = [new("11-1011", 1.0), new("11-1011", 2.0)];

        Assert.Throws<ArgumentException>(() =>
            IscoAggregation.Aggregate(ExposureIndex.Aioe, scores, Crosswalk.From([("11-1011", "1120")])));
    }

    [Fact]
    public void Rejects_a_crosswalk_that_ends_above_unit_groups()
    {
        SourceScore[] scores = [new("19-2099", 1.0)];

        Assert.Throws<ArgumentException>(() =>
            IscoAggregation.Aggregate(ExposureIndex.Aioe, scores, Crosswalk.From([("19-2099", "211")])));
    }

    private static string UnitGroup(int i) => IscoCode.UnitGroupFromNumber(110 + (i * 811)).Value;

    private static IEnumerable<double> LinkedScores((SourceScore[] Scores, (string, string)[] Links) c, IscoCode code) =>
        c.Scores.Where(s => c.Links.Contains((s.Code, code.Value))).Select(s => s.Score);
}

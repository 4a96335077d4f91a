using Regie.Core.Classifications;
using Regie.Core.Exposure;
using Regie.Core.Reference;

namespace Regie.Data.Tests.Readers.UsIndices;

public sealed class UsIndexReaderTests(ShippedUsIndices shipped) : IClassFixture<ShippedUsIndices>
{
    // Unit groups reached per exposure-and-data.md §2. That note counts AIOE with the two BLS links to 3-digit
    // minor groups (we keep unit groups only: 422) and Eloundou/Microsoft among the 427 ILO-scored unit groups
    // (we count all: 428, 424), hence a tolerance rather than equality.
    [Theory]
    [InlineData(ExposureIndex.Aioe, 774, 424)]
    [InlineData(ExposureIndex.LmAioe, 774, 424)]
    [InlineData(ExposureIndex.EloundouBeta, 923, 421)]
    [InlineData(ExposureIndex.MicrosoftApplicability, 785, 417)]
    public void Reaches_about_as_many_unit_groups_as_the_domain_note_reports(ExposureIndex index, int sourceOccupations, int unitGroups)
    {
        var coverage = shipped.Result.Coverage.Single(c => c.Index == index);

        Assert.Equal(sourceOccupations, coverage.SourceOccupations);
        Assert.InRange(coverage.SourceOccupationsLinked, (int)(0.98 * sourceOccupations), sourceOccupations);
        Assert.InRange(coverage.IscoUnitGroupsReached, unitGroups - 8, unitGroups + 8);
    }

    [Fact]
    public void Counts_every_occupation_with_task_statements_for_the_anthropic_index()
    {
        var coverage = shipped.Result.Coverage.Single(c => c.Index == ExposureIndex.AnthropicTaskCoverage);

        Assert.Equal(923, coverage.SourceOccupations);
        Assert.InRange(coverage.IscoUnitGroupsReached, 413, 429);
    }

    [Fact]
    public void Reports_the_anthropic_tasks_that_match_no_onet_statement()
    {
        // 565 of the 3,365 AEI tasks carry wording that O*NET 29.1 no longer has (measured on the shipped files).
        Assert.InRange(shipped.Result.UnmatchedAnthropicTasks, 500, 650);
    }

    [Fact]
    public void Gives_software_developers_the_mean_aioe_of_their_two_soc_occupations()
    {
        // BLS links ISCO 2512 to SOC 2010 15-1132 and 15-1133; Appendix A: 1.200923 and 1.283308.
        var score = Score(ExposureIndex.Aioe, "2512");

        Assert.Equal((1.200923 + 1.283308) / 2, score.Score, 1e-12);
        Assert.Equal(2, score.LinkedOccupations);
    }

    [Fact]
    public void Gives_software_developers_the_mean_eloundou_beta_of_their_onet_occupations()
    {
        // 15-1252.00 (β 0.868421…) and 15-1253.00 (β 0.877193…) reach 2512 through SOC 2018 and SOC 2010.
        var score = Score(ExposureIndex.EloundouBeta, "2512");

        Assert.Equal((0.8684210526315789 + 0.8771929824561403) / 2, score.Score, 1e-12);
        Assert.Equal(2, score.LinkedOccupations);
    }

    [Fact]
    public void Gives_software_developers_the_mean_microsoft_score_of_their_soc_2018_occupations()
    {
        var score = Score(ExposureIndex.MicrosoftApplicability, "2512");

        Assert.Equal((0.2838686405582842 + 0.32773392253423256) / 2, score.Score, 1e-12);
        Assert.Equal(2, score.LinkedOccupations);
    }

    [Fact]
    public void Gives_software_developers_the_mean_share_of_tasks_seen_in_claude_conversations()
    {
        // 15-1252.00: 7 of 19 task statements appear in the AEI list; 15-1253.00: 14 of 30.
        var score = Score(ExposureIndex.AnthropicTaskCoverage, "2512");

        Assert.Equal((7.0 / 19 + 14.0 / 30) / 2, score.Score, 1e-12);
        Assert.Equal(2, score.LinkedOccupations);
    }

    [Fact]
    public void Scores_only_four_digit_unit_groups()
    {
        Assert.All(shipped.Result.Scores, s => Assert.Equal(4, s.Code.Level));
    }

    [Fact]
    public void Sorts_scores_by_index_then_unit_group_without_repeats()
    {
        var keys = shipped.Result.Scores.Select(s => (s.Index, s.Code)).ToArray();

        Assert.Equal(keys.OrderBy(k => k.Index).ThenBy(k => k.Code), keys);
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void Keeps_shares_between_zero_and_one()
    {
        var shares = shipped.Result.Scores.Where(s => s.Index is ExposureIndex.EloundouBeta
            or ExposureIndex.MicrosoftApplicability or ExposureIndex.AnthropicTaskCoverage);

        Assert.All(shares, s => Assert.InRange(s.Score, 0, 1));
    }

    private IndexScore Score(ExposureIndex index, string isco) =>
        shipped.Result.Scores.Single(s => s.Index == index && s.Code == IscoCode.Parse(isco));
}

using Regie.Workplace.Pulse.Aggregation;

namespace Regie.Workplace.Tests.Pulse;

/// <summary>Suppression of small cells, of cells with (almost) one answer, and of complementary cells.</summary>
public sealed class PulseAggregatorTests
{
    private static readonly Guid Wave = Guid.Parse("00000000-0000-0000-0000-0000000000aa");
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-000000000003");

    private static PulseTable Aggregate(params (Guid Group, int Count)[] groups) => PulseAggregator.Aggregate(
        Ballots.Request(AnonymityRules.Default, [new WaveToAggregate(Wave, false)], [.. groups.Select(g => g.Group)]),
        [.. groups.SelectMany(g => Ballots.For(Wave, g.Group, g.Count, Ballots.Varied))]);

    [Fact]
    public void A_group_below_k_is_hidden_without_its_number_of_respondents()
    {
        var table = Aggregate((A, 12), (B, 9), (C, 15));

        var b = table.Cell(Wave, B)!;
        Assert.Equal(SuppressionReason.TooFewRespondents, b.Suppressed);
        Assert.Null(b.Respondents);
        Assert.Empty(b.Dimensions);
    }

    [Fact]
    public void The_total_minus_the_shown_groups_never_gives_away_one_hidden_group()
    {
        var table = Aggregate((A, 20), (B, 3));

        Assert.Equal(SuppressionReason.TooFewRespondents, table.Cell(Wave, B)!.Suppressed);
        Assert.Equal(SuppressionReason.Complementary, table.Cell(Wave, A)!.Suppressed);
        Assert.Equal(23, table.Cell(Wave, null)!.Respondents);
    }

    [Fact]
    public void The_smallest_shown_group_is_hidden_as_the_complement()
    {
        var table = Aggregate((A, 30), (B, 12), (C, 4));

        Assert.True(table.Cell(Wave, A)!.IsPublished);
        Assert.Equal(SuppressionReason.Complementary, table.Cell(Wave, B)!.Suppressed);
        Assert.Equal(46, table.Cell(Wave, null)!.Respondents);
    }

    [Fact]
    public void Two_hidden_groups_that_together_reach_k_need_no_complement()
    {
        var table = Aggregate((A, 30), (B, 6), (C, 6));

        Assert.True(table.Cell(Wave, A)!.IsPublished);
        Assert.Equal(42, table.Cell(Wave, null)!.Respondents);
    }

    [Fact]
    public void A_group_where_everybody_gave_the_same_answer_is_hidden()
    {
        var table = PulseAggregator.Aggregate(
            Ballots.Request(AnonymityRules.Default, [new WaveToAggregate(Wave, false)], A, B),
            [.. Ballots.For(Wave, A, 15, (_, _) => 4), .. Ballots.For(Wave, B, 15, Ballots.Varied)]);

        Assert.Equal(SuppressionReason.TooFewDistinctAnswers, table.Cell(Wave, A)!.Suppressed);
        Assert.Equal(SuppressionReason.Complementary, table.Cell(Wave, B)!.Suppressed);
    }

    [Fact]
    public void A_published_cell_carries_the_mean_variance_and_high_count_per_dimension()
    {
        // Workload items all get (r % 4) + 1 for respondents 0..11: scores 1,2,3,4 three times each.
        var table = Aggregate((A, 12));

        var workload = table.Cell(Wave, A)!.Dimensions.Single(d => d.Code == "workload");
        Assert.Equal(12, workload.N);
        Assert.Equal(2.5, workload.Mean, 9);
        Assert.Equal(15.0 / 11, workload.Variance, 9); // Σ(x − 2.5)² = 3·(2.25 + 0.25 + 0.25 + 2.25) = 15
        Assert.Equal(6, workload.High);
    }

    [Fact]
    public void A_group_filter_selects_rows_and_keeps_the_total_over_all_groups()
    {
        var table = Aggregate((A, 12), (B, 14));

        var filtered = table.Only([A]);

        Assert.Equal([A, null], filtered.Cells.Select(c => c.WorkerGroupId));
        Assert.Equal(table.Cell(Wave, null), filtered.Cell(Wave, null));
    }
}

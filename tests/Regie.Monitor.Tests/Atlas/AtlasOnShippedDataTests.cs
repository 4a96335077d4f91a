using Regie.Monitor.Atlas;
using Regie.TestKit;

namespace Regie.Monitor.Tests.Atlas;

public sealed class AtlasOnShippedDataTests(BuiltStore store) : IClassFixture<BuiltStore>
{
    [Fact]
    public async Task Lists_every_BRC_group_CBS_publishes()
    {
        var list = (await store.Atlas.GetOccupationsAsync(new OccupationQuery(), TestContext.Current.CancellationToken)).Value;

        Assert.Equal(114, list.Occupations.Count);
        Assert.Equal(9_865_000, list.Occupations.Sum(o => o.Employed ?? 0));
    }

    [Fact]
    public async Task Summary_class_shares_sum_to_one_over_covered_employment()
    {
        var summary = await store.Atlas.GetSummaryAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1.0, summary.Ilo2025Classes.Sum(c => c.Share), 9);
        Assert.InRange(summary.EmploymentCoverage, 0.95, 1.0);
        Assert.InRange(summary.Ilo2025WeightedMean!.Value, 0.09, 0.70);
    }

    [Fact]
    public async Task Groups_without_a_scored_unit_group_have_no_score_never_zero()
    {
        var list = (await store.Atlas.GetOccupationsAsync(new OccupationQuery(), TestContext.Current.CancellationToken)).Value;

        var military = list.Occupations.Single(o => o.Title == "Militaire beroepen");
        Assert.Null(military.Exposure);
        Assert.Empty(military.Ilo2025Classes);
    }
}

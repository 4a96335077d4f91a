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

    [Fact]
    public async Task The_schakelschema_route_agrees_with_the_Eurostat_two_digit_route()
    {
        var summary = await store.Atlas.GetSummaryAsync(TestContext.Current.CancellationToken);
        var model = new AtlasModel(store.Reference);

        var crossCheck = SectorsView.NationalMeanBySubMajorGroup(model, 2022)!.Value;

        // Two independent routes to the national mean (exposure-and-data note §4): CBS BRC groups 2025 Q4 versus
        // Eurostat ISCO 2-digit groups 2022. They differ in period and grouping, so agreement is close, not exact.
        Assert.InRange(Math.Abs(crossCheck - summary.Ilo2025WeightedMean!.Value), 0, 0.03);
    }

    [Fact]
    public async Task National_figures_do_not_change_when_every_group_grows_alike()
    {
        var model = new AtlasModel(store.Reference);
        var doubled = new AtlasModel(store.Reference with
        {
            Employment = store.Reference.Employment.Select(e => e with { Employed = e.Employed * 2 }).ToList(),
        });

        var before = SummaryView.Build(model);
        var after = SummaryView.Build(doubled);

        Assert.Equal(before.Ilo2025WeightedMean!.Value, after.Ilo2025WeightedMean!.Value, 12);
        Assert.Equal(before.Ilo2025Classes.Select(c => c.Share), after.Ilo2025Classes.Select(c => c.Share), (a, b) => Math.Abs(a - b) < 1e-12);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Search_ignores_case_and_accents_and_finds_unit_group_titles()
    {
        var byAccent = (await store.Atlas.GetOccupationsAsync(new OccupationQuery(Search: "CONCIERGES"), TestContext.Current.CancellationToken)).Value;
        var byUnitGroup = (await store.Atlas.GetOccupationsAsync(new OccupationQuery(Search: "software developers"), TestContext.Current.CancellationToken)).Value;

        Assert.Contains(byAccent.Occupations, o => o.Title == "Conciërges en teamleiders schoonmaak");
        Assert.Contains(byUnitGroup.Occupations, o => o.Code == "0811");
    }

    [Fact]
    public async Task Sorting_puts_missing_values_last_in_both_directions()
    {
        foreach (var descending in new[] { true, false })
        {
            var list = (await store.Atlas.GetOccupationsAsync(new OccupationQuery(Sort: "pay", Descending: descending), TestContext.Current.CancellationToken)).Value;

            var pay = list.Occupations.Select(o => o.MedianHourlyPay).ToList();
            var firstMissing = pay.IndexOf(null);
            Assert.True(firstMissing > 0);
            Assert.All(pay.Skip(firstMissing), p => Assert.Null(p));
            var known = pay.Take(firstMissing).Select(p => p!.Value).ToList();
            Assert.Equal(descending ? known.OrderDescending() : known.Order(), known);
        }
    }

    [Theory]
    [InlineData("exposure-desc", "sort")]
    [InlineData(null, "index")]
    public async Task Rejects_unknown_query_values_naming_the_field(string? sort, string field)
    {
        var query = sort is null ? new OccupationQuery(IndexId: "webb") : new OccupationQuery(Sort: sort);

        var result = await store.Atlas.GetOccupationsAsync(query, TestContext.Current.CancellationToken);

        var error = Assert.IsType<Regie.Core.Results.ValidationError>(result.Error);
        Assert.Contains(field, error.Fields.Keys);
    }

    [Fact]
    public async Task An_unknown_occupation_code_is_not_found()
    {
        var result = await store.Atlas.GetOccupationAsync("9999", TestContext.Current.CancellationToken);

        Assert.IsType<OccupationNotFound>(result.Error);
    }

    [Fact]
    public async Task A_sector_year_without_data_is_not_found_and_names_the_available_years()
    {
        var result = await store.Atlas.GetSectorsAsync(2019, TestContext.Current.CancellationToken);

        var error = Assert.IsType<SectorYearNotFound>(result.Error);
        Assert.Equal([2022, 2023, 2024], error.Available);
    }

    [Fact]
    public async Task Sector_employment_leaves_suppressed_cells_out()
    {
        var sectors = (await store.Atlas.GetSectorsAsync(2024, TestContext.Current.CancellationToken)).Value;

        Assert.Equal(61, sectors.Sectors.Sum(s => s.SuppressedCells));
        Assert.Equal(9597.3, sectors.Sectors.Sum(s => s.EmployedThousands ?? 0), 1);
    }
}

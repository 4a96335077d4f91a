using System.Net;
using ClosedXML.Excel;
using Regie.Core.Provenance;
using Regie.Monitor.Atlas;

namespace Regie.Web.Tests.Api;

public sealed class ViewsApiTests(AtlasApiHost host)
{
    [Fact]
    public async Task Shows_the_national_summary_as_the_atlas_computes_it()
    {
        var expected = await host.Atlas.GetSummaryAsync(TestContext.Current.CancellationToken);

        var summary = await host.Client.GetJsonAsync<AtlasSummary>("/api/atlas/summary");

        Assert.Equal(expected.TotalEmployed, summary.TotalEmployed);
        Assert.Equal(expected.Ilo2025WeightedMean, summary.Ilo2025WeightedMean);
        Assert.Equal(expected.Ilo2025Classes, summary.Ilo2025Classes);
    }

    [Fact]
    public async Task Shows_the_sectors_of_the_latest_year()
    {
        var sectors = await host.Client.GetJsonAsync<SectorList>("/api/atlas/sectors");

        Assert.Equal(sectors.AvailableYears.Max(), sectors.Year);
        Assert.NotEmpty(sectors.Sectors);
    }

    [Fact]
    public async Task A_year_without_sector_data_is_not_found()
    {
        var problem = await host.Client.GetProblemAsync("/api/atlas/sectors?year=1900", HttpStatusCode.NotFound);

        Assert.Contains("1900", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_year_that_is_not_a_number()
    {
        var problem = await host.Client.GetProblemAsync("/api/atlas/sectors?year=last", HttpStatusCode.BadRequest);

        Assert.Equal(["year"], problem.ErrorFields());
    }

    [Fact]
    public async Task Downloads_the_major_groups_of_the_sector_view_as_csv()
    {
        var sectors = await host.Client.GetJsonAsync<SectorList>("/api/atlas/sectors");

        var csv = await host.Client.DownloadAsync("/api/atlas/sectors?format=csv&table=major-groups");

        Assert.Equal($"regie-atlas-sectors-major-groups-{sectors.Year}.csv", csv.FileName);
        Assert.Equal(sectors.MajorGroups.Count + 1, csv.Lines.Count);
    }

    [Fact]
    public async Task Shows_exposure_by_pay_band_sex_and_education()
    {
        var groups = await host.Client.GetJsonAsync<GroupViews>("/api/atlas/groups");

        Assert.NotEmpty(groups.PayBands);
        Assert.NotEmpty(groups.Sex);
        Assert.NotEmpty(groups.Education);
    }

    [Fact]
    public async Task Downloads_every_group_as_one_csv_row()
    {
        var groups = await host.Client.GetJsonAsync<GroupViews>("/api/atlas/groups");

        var csv = await host.Client.DownloadAsync("/api/atlas/groups?format=csv");

        Assert.StartsWith("dimension,groupId,label,", csv.Lines[0], StringComparison.Ordinal);
        Assert.Equal(groups.PayBands.Count + groups.Sex.Count + groups.Education.Count + 1, csv.Lines.Count);
    }

    [Fact]
    public async Task Compares_the_indices()
    {
        var comparison = await host.Client.GetJsonAsync<IndexComparison>("/api/atlas/indices");

        Assert.NotEmpty(comparison.Indices);
        Assert.NotEmpty(comparison.Correlations);
    }

    [Fact]
    public async Task Downloads_the_index_comparison_as_excel()
    {
        var xlsx = await host.Client.DownloadAsync("/api/atlas/indices?format=xlsx");

        using var workbook = new XLWorkbook(new MemoryStream(xlsx.Bytes));
        Assert.Equal(["Rank correlations", "Disagreements", "Indices", "Sources"], workbook.Worksheets.Select(sheet => sheet.Name));
    }

    [Fact]
    public async Task Lists_every_source_with_its_attribution()
    {
        var sources = await host.Client.GetJsonAsync<List<SourceInfo>>("/api/atlas/sources");

        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.False(string.IsNullOrWhiteSpace(source.Attribution)));
    }

    [Theory]
    [InlineData("/api/atlas/sectors?format=pdf")]
    [InlineData("/api/atlas/groups?format=pdf")]
    [InlineData("/api/atlas/indices?format=pdf")]
    [InlineData("/api/atlas/occupations/0811?format=pdf")]
    public async Task Rejects_an_unknown_format(string url)
    {
        var problem = await host.Client.GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal(["format"], problem.ErrorFields());
    }
}

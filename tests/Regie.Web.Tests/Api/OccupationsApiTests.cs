using System.Net;
using ClosedXML.Excel;
using Regie.Monitor.Atlas;

namespace Regie.Web.Tests.Api;

public sealed class OccupationsApiTests(AtlasApiHost host)
{
    private const int PublishedGroups = 114;

    [Fact]
    public async Task Lists_every_published_occupation_group_as_json()
    {
        var list = await host.Client.GetJsonAsync<OccupationList>("/api/atlas/occupations");

        Assert.Equal(PublishedGroups, list.Occupations.Count);
        Assert.NotEmpty(list.Sources);
        Assert.False(string.IsNullOrWhiteSpace(list.AggregationRule));
    }

    [Fact]
    public async Task Shows_the_same_figures_as_the_atlas()
    {
        var expected = (await host.Atlas.GetOccupationsAsync(new OccupationQuery(), TestContext.Current.CancellationToken)).Value;

        var list = await host.Client.GetJsonAsync<OccupationList>("/api/atlas/occupations");

        Assert.Equal(expected.Occupations.Select(o => (o.Code, o.Exposure, o.Employed)), list.Occupations.Select(o => (o.Code, o.Exposure, o.Employed)));
    }

    [Fact]
    public async Task Filters_by_brc_class()
    {
        var list = await host.Client.GetJsonAsync<OccupationList>("/api/atlas/occupations?brcClass=08");

        Assert.NotEmpty(list.Occupations);
        Assert.All(list.Occupations, o => Assert.Equal("08", o.ClassCode));
    }

    [Fact]
    public async Task Sorts_by_code_ascending()
    {
        var list = await host.Client.GetJsonAsync<OccupationList>("/api/atlas/occupations?sort=code&desc=false");

        Assert.Equal(list.Occupations.Select(o => o.Code).Order(StringComparer.Ordinal), list.Occupations.Select(o => o.Code));
    }

    [Fact]
    public async Task Ignores_blank_query_values_as_an_empty_filter_form_sends_them()
    {
        var list = await host.Client.GetJsonAsync<OccupationList>("/api/atlas/occupations?q=&class=&brcClass=&sort=&desc=&index=&format=");

        Assert.Equal(PublishedGroups, list.Occupations.Count);
    }

    [Theory]
    [InlineData("sort=salary", "sort")]
    [InlineData("class=gradient-9", "class")]
    [InlineData("brcClass=8", "brcClass")]
    [InlineData("index=gpt-5", "index")]
    [InlineData("desc=maybe", "desc")]
    [InlineData("format=pdf", "format")]
    public async Task Rejects_an_unknown_query_value_naming_its_field(string query, string field)
    {
        var problem = await host.Client.GetProblemAsync($"/api/atlas/occupations?{query}", HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
    }

    [Fact]
    public async Task Names_every_invalid_field_at_once()
    {
        var problem = await host.Client.GetProblemAsync("/api/atlas/occupations?sort=salary&index=gpt-5&format=pdf", HttpStatusCode.BadRequest);

        Assert.Equal(["format", "index", "sort"], problem.ErrorFields().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Downloads_a_csv_with_a_header_and_one_row_per_occupation_group()
    {
        var csv = await host.Client.DownloadAsync("/api/atlas/occupations?format=csv");

        Assert.Equal("text/csv; charset=utf-8", csv.ContentType);
        Assert.Matches("^regie-atlas-occupations-[0-9]{4}Q[1-4]\\.csv$", csv.FileName);
        Assert.StartsWith("code,title,segmentCode,", csv.Lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",source", csv.Lines[0], StringComparison.Ordinal);
        Assert.Equal(PublishedGroups + 1, csv.Lines.Count);
    }

    [Fact]
    public async Task Csv_downloads_of_the_same_data_are_byte_identical()
    {
        var first = await host.Client.DownloadAsync("/api/atlas/occupations?format=csv");

        var second = await host.Client.DownloadAsync("/api/atlas/occupations?format=csv");

        Assert.Equal(first.Bytes, second.Bytes);
    }

    [Fact]
    public async Task Downloads_an_excel_workbook_with_the_table_and_a_sources_sheet()
    {
        var xlsx = await host.Client.DownloadAsync("/api/atlas/occupations?format=xlsx");

        using var workbook = new XLWorkbook(new MemoryStream(xlsx.Bytes));
        Assert.Matches("^regie-atlas-occupations-[0-9]{4}Q[1-4]\\.xlsx$", xlsx.FileName);
        Assert.Equal(["Occupations", "Sources"], workbook.Worksheets.Select(sheet => sheet.Name));
        Assert.Equal(PublishedGroups + 1, workbook.Worksheet("Occupations").LastRowUsed().RowNumber());
        Assert.NotEmpty(workbook.Worksheet("Sources").Column(1).CellsUsed().Skip(1));
    }

    [Fact]
    public async Task Excel_downloads_of_the_same_data_are_byte_identical()
    {
        var first = await host.Client.DownloadAsync("/api/atlas/occupations?format=xlsx");

        var second = await host.Client.DownloadAsync("/api/atlas/occupations?format=xlsx");

        Assert.Equal(first.Bytes, second.Bytes);
    }
}

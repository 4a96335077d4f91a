using System.Net;
using ClosedXML.Excel;
using Regie.Monitor.Atlas;

namespace Regie.Web.Tests.Api;

public sealed class OccupationApiTests(AtlasApiHost host)
{
    private async Task<string> SomeScoredCodeAsync()
    {
        var list = (await host.Atlas.GetOccupationsAsync(new OccupationQuery(), TestContext.Current.CancellationToken)).Value;
        return list.Occupations.First(o => o.Exposure is not null).Code;
    }

    [Fact]
    public async Task Shows_an_occupation_group_with_its_unit_groups_and_tasks()
    {
        var code = await SomeScoredCodeAsync();

        var detail = await host.Client.GetJsonAsync<OccupationDetail>($"/api/atlas/occupations/{code}");

        Assert.Equal(code, detail.Occupation.Code);
        Assert.NotEmpty(detail.UnitGroups);
        Assert.Contains(detail.UnitGroups, unit => unit.Tasks.Count > 0);
        Assert.NotEmpty(detail.Sources);
    }

    [Fact]
    public async Task An_unknown_code_is_not_found_with_problem_details()
    {
        var problem = await host.Client.GetProblemAsync("/api/atlas/occupations/9999", HttpStatusCode.NotFound);

        Assert.Equal(404, (int?)problem["status"]);
        Assert.Equal("Not found", (string?)problem["title"]);
        Assert.Contains("9999", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abcd")]
    [InlineData("811")]
    [InlineData("08111")]
    public async Task Rejects_a_malformed_code(string code)
    {
        var problem = await host.Client.GetProblemAsync($"/api/atlas/occupations/{code}", HttpStatusCode.BadRequest);

        Assert.Equal(["code"], problem.ErrorFields());
    }

    [Fact]
    public async Task Downloads_the_tasks_table_as_csv()
    {
        var code = await SomeScoredCodeAsync();

        var csv = await host.Client.DownloadAsync($"/api/atlas/occupations/{code}?format=csv&table=tasks");

        Assert.Equal("unitGroup,taskId,text,score2025,score2023,source", csv.Lines[0]);
        Assert.True(csv.Lines.Count > 1);
        Assert.Matches($"^regie-atlas-occupation-{code}-tasks-[0-9]{{4}}Q[1-4]\\.csv$", csv.FileName);
    }

    [Fact]
    public async Task Rejects_an_unknown_table()
    {
        var code = await SomeScoredCodeAsync();

        var problem = await host.Client.GetProblemAsync($"/api/atlas/occupations/{code}?format=csv&table=skills", HttpStatusCode.BadRequest);

        Assert.Equal(["table"], problem.ErrorFields());
    }

    [Fact]
    public async Task Rejects_a_table_for_formats_other_than_csv()
    {
        var code = await SomeScoredCodeAsync();

        var problem = await host.Client.GetProblemAsync($"/api/atlas/occupations/{code}?table=tasks", HttpStatusCode.BadRequest);

        Assert.Equal(["table"], problem.ErrorFields());
    }

    [Fact]
    public async Task Downloads_every_table_and_the_sources_as_excel_sheets()
    {
        var code = await SomeScoredCodeAsync();

        var xlsx = await host.Client.DownloadAsync($"/api/atlas/occupations/{code}?format=xlsx");

        using var workbook = new XLWorkbook(new MemoryStream(xlsx.Bytes));
        Assert.Equal(
            ["Unit groups", "Tasks", "ESCO occupations", "Occupation group", "Sources"],
            workbook.Worksheets.Select(sheet => sheet.Name));
    }
}

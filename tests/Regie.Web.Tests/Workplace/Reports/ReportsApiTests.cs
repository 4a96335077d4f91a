using System.Net;
using System.Text.Json;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Reports;

/// <summary>
/// The reports over HTTP: the works-council dossier, the deployer documentation and the board summary as JSON, each
/// part following the reader's role, no concern or its raiser in any report, and each organisation's own.
/// </summary>
public sealed class ReportsApiTests(TwoOrganisations world) : IClassFixture<TwoOrganisations>
{
    public static TheoryData<Role> Roles => new(PermissionMatrix.AllRoles);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Dossier => $"/api/orgs/{world.A.Id}/ai-systems/{world.A.SystemId}/reports/or-dossier";

    private string Board => $"/api/orgs/{world.A.Id}/reports/bestuurssamenvatting";

    [Fact]
    public async Task The_works_council_dossier_holds_every_part_with_the_assessed_risk_and_its_measure()
    {
        using var council = await world.SignedInAsync(world.A, Role.WorksCouncil);

        using var json = JsonDocument.Parse(await council.GetStringAsync($"{Dossier}.json"));

        var root = json.RootElement;
        Assert.Equal("nl", root.GetProperty("language").GetString());
        Assert.Equal($"OR-dossier: System {world.A.Name}", root.GetProperty("title").GetString());
        Assert.Equal(["about", "system", "screening", "assessment", "consultation", "pulse", "oversight", "measures"], SectionIds(root));
        var measures = Table(root, "measures");
        var row = Assert.Single(measures.GetProperty("rows").EnumerateArray());
        Assert.Equal($"Measure {world.A.Name}", row[0].GetProperty("text").GetString());
        Assert.True(HasTable(root, "oversight-literacy"), "The oversight part has no table of the overseers' AI literacy.");
        Assert.Contains(Table(root, "assessment-1-risks").GetProperty("rows").EnumerateArray(),
            r => r[0].GetProperty("text").GetString() == $"Risk {world.A.Name}" && r[1].GetProperty("number").GetDecimal() == 9);
    }

    [Fact]
    public async Task A_part_the_role_may_not_see_says_so_instead_of_showing_figures()
    {
        using var assessor = await world.SignedInAsync(world.A, Role.Assessor);

        using var json = JsonDocument.Parse(await assessor.GetStringAsync($"{Dossier}.json"));

        var oversight = Section(json.RootElement, "oversight");
        Assert.False(HasTable(json.RootElement, "oversight-figures"));
        Assert.Contains(oversight.GetProperty("blocks").EnumerateArray(),
            b => b.GetProperty("type").GetString() == "notice" && b.GetProperty("text").GetString() == "Dit deel is niet zichtbaar voor uw rol.");
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_report_opens_for_exactly_the_roles_that_see_the_register(Role role)
    {
        using var browser = await world.SignedInAsync(world.A, role);
        var expected = role.Allows(Permission.ViewRegister) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;

        foreach (var path in new[] { $"{Dossier}.json", $"/api/orgs/{world.A.Id}/ai-systems/{world.A.SystemId}/reports/gebruiksverantwoording.json", $"{Board}.json" })
        {
            using var response = await browser.GetAsync(path);
            Assert.True(expected == response.StatusCode, $"{role} GET {path}: {(int)response.StatusCode}, expected {(int)expected}");
        }
    }

    [Fact]
    public async Task The_board_summary_counts_concerns_and_requests_but_never_shows_one()
    {
        using var executive = await world.SignedInAsync(world.A, Role.Executive);

        var body = await executive.GetStringAsync($"{Board}.json");

        using var json = JsonDocument.Parse(body);
        Assert.Contains("Meldingen van zorgen: 1 in totaal, 1 open", Table(json.RootElement, "concerns").GetProperty("caption").GetString(), StringComparison.Ordinal);
        Assert.Equal("Met een geldige zelftest", Table(json.RootElement, "literacy").GetProperty("rows")[1][0].GetProperty("text").GetString());
        Assert.DoesNotContain($"Concern of {world.A.Name}", body, StringComparison.Ordinal);
        Assert.DoesNotContain($"Decision of {world.A.Name}", body, StringComparison.Ordinal);
        Assert.DoesNotContain(world.A.Emails[Role.Employee], body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_report_speaks_english_when_asked()
    {
        using var council = await world.SignedInAsync(world.A, Role.WorksCouncil);

        using var json = JsonDocument.Parse(await council.GetStringAsync($"{Dossier}.json?lang=en"));

        Assert.Equal("en", json.RootElement.GetProperty("language").GetString());
        Assert.Equal($"Works council file: System {world.A.Name}", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("Sources", json.RootElement.GetProperty("labels").GetProperty("sources").GetString());
    }

    [Fact]
    public async Task The_dossier_downloads_as_pdf_html_excel_and_a_csv_per_table()
    {
        using var council = await world.SignedInAsync(world.A, Role.WorksCouncil);

        using var pdf = await council.GetAsync($"{Dossier}.pdf");
        using var html = await council.GetAsync($"{Dossier}.html");
        using var xlsx = await council.GetAsync($"{Dossier}.xlsx");
        var csv = await council.GetStringAsync($"{Dossier}/tables/measures.csv");

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(Ct), 0, 5), StringComparison.Ordinal);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var page = await html.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<html lang=\"nl\"", page, StringComparison.Ordinal);
        Assert.Contains($"OR-dossier: System {world.A.Name}", page, StringComparison.Ordinal);
        using (var workbook = new ClosedXML.Excel.XLWorkbook(await xlsx.Content.ReadAsStreamAsync(Ct)))
        {
            Assert.Contains(workbook.Worksheets, w => w.Name == "measures");
        }

        Assert.Contains($"Measure {world.A.Name}", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("or-dossier.docx")]
    [InlineData("jaarverslag.json")]
    [InlineData("bestuurssamenvatting.json")]
    [InlineData("or-dossier/tables/no-such-table.csv")]
    public async Task An_unknown_report_format_or_table_is_a_problem_not_a_page(string tail)
    {
        using var council = await world.SignedInAsync(world.A, Role.WorksCouncil);

        using var response = await council.GetAsync($"/api/orgs/{world.A.Id}/ai-systems/{world.A.SystemId}/reports/{tail}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Another_organisations_system_has_no_report_by_either_address()
    {
        using var council = await world.SignedInAsync(world.A, Role.WorksCouncil);

        using var viaOwn = await council.GetAsync($"/api/orgs/{world.A.Id}/ai-systems/{world.B.SystemId}/reports/or-dossier.json");
        using var viaOther = await council.GetAsync($"/api/orgs/{world.B.Id}/ai-systems/{world.B.SystemId}/reports/or-dossier.json");

        Assert.Equal(HttpStatusCode.NotFound, viaOwn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaOther.StatusCode);
    }

    private static List<string> SectionIds(JsonElement root) =>
        [.. root.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];

    private static JsonElement Section(JsonElement root, string id) =>
        root.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);

    private static IEnumerable<JsonElement> Blocks(JsonElement section) =>
        section.GetProperty("blocks").EnumerateArray()
            .Concat(section.GetProperty("subsections").EnumerateArray().SelectMany(Blocks));

    private static bool HasTable(JsonElement root, string id) =>
        root.GetProperty("sections").EnumerateArray().SelectMany(Blocks)
            .Any(b => b.GetProperty("type").GetString() == "table" && b.GetProperty("id").GetString() == id);

    private static JsonElement Table(JsonElement root, string id) =>
        root.GetProperty("sections").EnumerateArray().SelectMany(Blocks)
            .Single(b => b.GetProperty("type").GetString() == "table" && b.GetProperty("id").GetString() == id);
}

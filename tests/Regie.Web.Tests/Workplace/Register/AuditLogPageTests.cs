using System.Net;
using System.Text.RegularExpressions;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Register;

[Collection(RegisterPagesCollection.Name)]
public sealed class AuditLogPageTests(RegisterHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_auditor_reads_every_change_newest_first_with_who_and_before_and_after()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.Auditor);
        var owner = team[Role.SystemOwner];
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);
        await owner.MoveAsync(team.Id, id, "Intake");

        var page = await team[Role.Auditor].PageAsync($"/werkplek/{team.Id}/auditlog");
        var sequences = Regex.Matches(page, "data-sequence=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Contains("De keten van het auditlog is intact", page, StringComparison.Ordinal);
        Assert.Equal(sequences.OrderDescending(), sequences);
        Assert.Matches("SystemOwner Tester<br><span class=\"regie-sub\">Eigenaar AI-systeem</span></td>\\s*<td class=\"utrecht-table__cell\">Gewijzigd</td>\\s*<td class=\"utrecht-table__cell\">AI-systeem<br><span class=\"regie-code regie-id\">" + id, page);
        Assert.Contains("<span class=\"regie-changes__field\">Status</span>: <span class=\"regie-changes__before\">Idea</span><span aria-hidden=\"true\"> → </span><span class=\"regie-visually-hidden\"> werd </span><span class=\"regie-changes__after\">Intake</span>", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("<span class=\"regie-changes__field\">Name</span>: <span class=\"regie-changes__after\">Roosterassistent</span>", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/orgs/{team.Id}/audit.csv\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_auditor_downloads_the_whole_log_as_CSV_from_the_link()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.Auditor);
        await team[Role.SystemOwner].RegisterSystemAsync(team.Id, team.WorkerGroupId);
        var auditor = team[Role.Auditor];
        var page = await auditor.PageAsync($"/werkplek/{team.Id}/auditlog");
        var link = Regex.Match(page, "href=\"(/api/orgs/[^\"]+/audit\\.csv)\" download").Groups[1].Value;

        using var csv = await auditor.GetAsync(link);
        var text = await csv.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("sequence,at_utc,actor_id,actor_name", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(",AiSystem,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_filters_by_kind_of_data_and_pages_fifty_events_at_a_time()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.WorksCouncil);
        var owner = team[Role.SystemOwner];
        for (var i = 0; i < 45; i++)
        {
            await owner.PostJsonAsync($"/api/orgs/{team.Id}/ai-systems", new { name = $"Systeem {i}", purpose = "Test", provider = "Leverancier" }, HttpStatusCode.Created);
        }

        var council = team[Role.WorksCouncil];
        var first = await council.PageAsync($"/werkplek/{team.Id}/auditlog");
        var second = await council.PageAsync($"/werkplek/{team.Id}/auditlog?pagina=2");
        var members = await council.PageAsync($"/werkplek/{team.Id}/auditlog?type=Member");

        Assert.Equal(50, Regex.Count(first, "data-sequence="));
        Assert.Contains($"rel=\"next\" href=\"/werkplek/{team.Id}/auditlog?pagina=2\"", first, StringComparison.Ordinal);
        Assert.Contains("Pagina 2 van", second, StringComparison.Ordinal);
        Assert.Contains($"rel=\"prev\" href=\"/werkplek/{team.Id}/auditlog?pagina=1\"", second, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Member\" selected>Lid</option>", members, StringComparison.Ordinal);
        Assert.All(Regex.Matches(members, "<td class=\"utrecht-table__cell\">([^<]+)<br><span class=\"regie-code regie-id\">").Select(m => m.Groups[1].Value),
            kind => Assert.Equal("Lid", kind));
        Assert.Contains($"href=\"/api/orgs/{team.Id}/audit.csv\"", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?pagina=abc")]
    [InlineData("?pagina=0")]
    [InlineData("?pagina=999")]
    [InlineData("?type=GeenSoort")]
    public async Task Odd_addresses_show_a_page_not_an_error(string query)
    {
        using var team = await Team.CreateAsync(host, Role.Auditor);

        var page = await team[Role.Auditor].PageAsync($"/werkplek/{team.Id}/auditlog{query}");

        Assert.Contains("<h1 class=\"utrecht-heading-1\">Auditlog</h1>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_executive_reads_the_log_but_is_not_offered_the_export()
    {
        using var team = await Team.CreateAsync(host, Role.Executive);

        var page = await team[Role.Executive].PageAsync($"/werkplek/{team.Id}/auditlog");

        Assert.Contains("<h1 class=\"utrecht-heading-1\">Auditlog</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("audit.csv", page, StringComparison.Ordinal);
    }
}

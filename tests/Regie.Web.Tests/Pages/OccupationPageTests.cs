using System.Net;
using Regie.Monitor.Atlas;

namespace Regie.Web.Tests.Pages;

[Collection(PagesCollection.Name)]
public sealed class OccupationPageTests(RegieWebFactory factory)
{
    [Fact]
    public async Task An_unknown_code_is_a_404_page_that_says_what_is_wrong()
    {
        var client = factory.CreatePageClient();

        var response = await client.GetAsync("/atlas/beroepen/9999", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = Html.Decode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Er is geen BRC 2014-beroepsgroep met code ‘9999’", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/atlas/beroepen?q=9999\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_group_shows_its_unit_groups_and_their_tasks()
    {
        var list = (await factory.Atlas.GetOccupationsAsync(new OccupationQuery(Sort: "employed"), TestContext.Current.CancellationToken)).Value;
        var code = list.Occupations[0].Code;
        var detail = (await factory.Atlas.GetOccupationAsync(code, TestContext.Current.CancellationToken)).Value;
        var client = factory.CreatePageClient();

        var html = Html.Decode(await client.GetStringAsync($"/atlas/beroepen/{code}", TestContext.Current.CancellationToken));

        Assert.Contains(detail.Occupation.Title, html, StringComparison.Ordinal);
        Assert.All(detail.UnitGroups, unit => Assert.Contains($"id=\"isco-{unit.Code}\"", html, StringComparison.Ordinal));
        Assert.Contains(detail.UnitGroups.First(u => u.Tasks.Count > 0).Tasks[0].Text, html, StringComparison.Ordinal);
        Assert.Contains("data-vega-spec=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_is_a_404_page()
    {
        var client = factory.CreatePageClient();

        var response = await client.GetAsync("/bestaat-niet", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina niet gevonden", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}

using System.Net;
using Regie.Monitor.Atlas;

namespace Regie.Web.Tests.Pages;

[Collection(PagesCollection.Name)]
public sealed class OccupationListPageTests(RegieWebFactory factory)
{
    [Fact]
    public async Task Lists_every_occupation_group_the_atlas_returns()
    {
        var expected = await CodesFromAtlas(new OccupationQuery());
        var client = factory.CreatePageClient();

        var html = await client.GetStringAsync("/atlas/beroepen", TestContext.Current.CancellationToken);

        Assert.Equal(expected, Html.RowCodes(html));
    }

    [Theory]
    [InlineData("code", false)]
    [InlineData("employed", true)]
    [InlineData("pay", false)]
    [InlineData("title", true)]
    public async Task Rows_follow_the_sort_in_the_query_string(string sort, bool descending)
    {
        var expected = await CodesFromAtlas(new OccupationQuery(Sort: sort, Descending: descending));
        var client = factory.CreatePageClient();

        var html = await client.GetStringAsync($"/atlas/beroepen?sort={sort}&desc={descending}", TestContext.Current.CancellationToken);

        Assert.Equal(expected, Html.RowCodes(html));
    }

    [Fact]
    public async Task Sorting_on_another_column_changes_the_order()
    {
        var client = factory.CreatePageClient();

        var byCode = Html.RowCodes(await client.GetStringAsync("/atlas/beroepen?sort=code&desc=false", TestContext.Current.CancellationToken));
        var byEmployment = Html.RowCodes(await client.GetStringAsync("/atlas/beroepen?sort=employed", TestContext.Current.CancellationToken));

        Assert.Equal(byCode.Order(StringComparer.Ordinal), byCode);
        Assert.NotEqual(byCode, byEmployment);
        Assert.Equal(byCode.Order(StringComparer.Ordinal), byEmployment.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_sorted_column_header_carries_aria_sort()
    {
        var client = factory.CreatePageClient();

        var html = await client.GetStringAsync("/atlas/beroepen?sort=women&desc=false", TestContext.Current.CancellationToken);

        Assert.Matches("aria-sort=\"ascending\">\\s*<a [^>]*data-sort=\"women\"", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "aria-sort="));
    }

    [Fact]
    public async Task Filters_and_search_show_the_rows_the_atlas_finds()
    {
        var query = new OccupationQuery(Search: "verpleeg", ClassId: null, BrcClass: null);
        var expected = await CodesFromAtlas(query);
        var client = factory.CreatePageClient();

        var html = await client.GetStringAsync("/atlas/beroepen?q=verpleeg", TestContext.Current.CancellationToken);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Html.RowCodes(html));
    }

    [Fact]
    public async Task Download_links_carry_the_current_filters()
    {
        var client = factory.CreatePageClient();

        var html = Html.Decode(await client.GetStringAsync("/atlas/beroepen?q=zorg&class=gradient-2&sort=pay&desc=false", TestContext.Current.CancellationToken));

        Assert.Contains("href=\"/api/atlas/occupations?format=csv&q=zorg&class=gradient-2&sort=pay&desc=false\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/atlas/occupations?format=xlsx&q=zorg&class=gradient-2&sort=pay&desc=false\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_CSV_download_holds_the_rows_the_page_shows_in_the_same_order()
    {
        var client = factory.CreatePageClient();
        var html = Html.Decode(await client.GetStringAsync("/atlas/beroepen?q=mede&sort=code", TestContext.Current.CancellationToken));
        var csvLink = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/api/atlas/occupations\\?format=csv[^\"]*)\"").Groups[1].Value;

        var csv = await client.GetStringAsync(csvLink, TestContext.Current.CancellationToken);

        var csvCodes = csv.Split('\n').Skip(1).Where(line => line.Length > 4 && char.IsAsciiDigit(line[0])).Select(line => line[..4]).ToList();
        Assert.NotEmpty(csvCodes);
        Assert.Equal(Html.RowCodes(html), csvCodes);
    }

    [Fact]
    public async Task An_unknown_sort_key_is_a_bad_request_with_the_reason()
    {
        var client = factory.CreatePageClient();

        var response = await client.GetAsync("/atlas/beroepen?sort=shoe-size", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = Html.Decode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Unknown sort key 'shoe-size'", html, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<string>> CodesFromAtlas(OccupationQuery query)
    {
        var result = await factory.Atlas.GetOccupationsAsync(query, TestContext.Current.CancellationToken);
        return [.. result.Value.Occupations.Select(o => o.Code)];
    }
}

using System.Net;

namespace Regie.Web.Tests.Pages;

[Collection(PagesCollection.Name)]
public sealed class AtlasPagesTests(RegieWebFactory factory)
{
    [Theory]
    [InlineData("/atlas")]
    [InlineData("/atlas/beroepen")]
    [InlineData("/atlas/sectoren")]
    [InlineData("/atlas/groepen")]
    [InlineData("/atlas/indices")]
    public async Task Every_atlas_page_renders_with_a_source_line(string path)
    {
        var client = factory.CreatePageClient();

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("href=\"/over-de-data#bron-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_data_page_lists_every_source_with_its_licence()
    {
        var sources = await factory.Atlas.GetSourcesAsync(TestContext.Current.CancellationToken);
        var client = factory.CreatePageClient();

        var html = Html.Decode(await client.GetStringAsync("/over-de-data", TestContext.Current.CancellationToken));

        Assert.NotEmpty(sources);
        Assert.All(sources, source =>
        {
            Assert.Contains($"id=\"bron-{source.Id}\"", html, StringComparison.Ordinal);
            Assert.Contains(source.Licence, html, StringComparison.Ordinal);
        });
        Assert.Contains("ESCO v1.2 (nl) / v1.1.1 (en)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_chart_is_followed_by_a_table_and_a_source_line()
    {
        var client = factory.CreatePageClient();

        var html = await client.GetStringAsync("/atlas", TestContext.Current.CancellationToken);

        var figure = html[html.IndexOf("<figure", StringComparison.Ordinal)..html.IndexOf("</figure>", StringComparison.Ordinal)];
        Assert.Contains("data-vega-spec=\"{", figure, StringComparison.Ordinal);
        Assert.Contains("<table", figure, StringComparison.Ordinal);
        Assert.Contains("regie-source", figure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Numbers_are_written_the_Dutch_way_in_Dutch()
    {
        var summary = await factory.Atlas.GetSummaryAsync(TestContext.Current.CancellationToken);
        var client = factory.CreatePageClient();

        var dutch = await client.GetStringAsync("/atlas", TestContext.Current.CancellationToken);
        var english = await client.GetStringAsync("/atlas?lang=en", TestContext.Current.CancellationToken);

        Assert.Contains(summary.TotalEmployed.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), dutch, StringComparison.Ordinal);
        Assert.Contains(summary.TotalEmployed.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_and_caveats_are_in_Dutch_in_the_Dutch_interface()
    {
        var summary = await factory.Atlas.GetSummaryAsync(TestContext.Current.CancellationToken);
        var client = factory.CreatePageClient();

        var dutch = Html.Decode(await client.GetStringAsync("/atlas", TestContext.Current.CancellationToken));
        var english = Html.Decode(await client.GetStringAsync("/atlas?lang=en", TestContext.Current.CancellationToken));

        Assert.All(summary.Caveats, caveat =>
        {
            Assert.DoesNotContain(caveat, dutch, StringComparison.Ordinal);
            Assert.Contains(caveat, english, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(summary.AggregationRule, dutch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ILO_adaptation_disclaimer_is_on_the_atlas()
    {
        var client = factory.CreatePageClient();

        var html = await client.GetStringAsync("/atlas/beroepen", TestContext.Current.CancellationToken);

        Assert.Contains("This adaptation has not been prepared, reviewed or endorsed by the ILO", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_sector_year_is_a_404_that_names_the_available_years()
    {
        var client = factory.CreatePageClient();

        var response = await client.GetAsync("/atlas/sectoren?year=1999", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Beschikbare jaren", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lib/vega/vega.min.js")]
    [InlineData("/lib/vega-embed/vega-embed.min.js")]
    [InlineData("/lib/vega-interpreter/vega-interpreter.js")]
    [InlineData("/lib/vega-util/index.js")]
    [InlineData("/lib/utrecht/component-library-css/index.css")]
    [InlineData("/js/charts.js")]
    public async Task Front_end_packages_from_npm_are_served(string path)
    {
        var client = factory.CreatePageClient();

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

using System.Net;

namespace Regie.Web.Tests.Pages;

/// <summary>Every atlas table page offers its figures as CSV and Excel, and the links work.</summary>
[Collection(PagesCollection.Name)]
public sealed class DownloadLinksTests(RegieWebFactory factory)
{
    [Theory]
    [InlineData("/atlas", "/api/atlas/summary?format=csv")]
    [InlineData("/atlas/beroepen/0811", "/api/atlas/occupations/0811?format=csv")]
    [InlineData("/atlas/sectoren?year=2023", "/api/atlas/sectors?year=2023&format=csv")]
    [InlineData("/atlas/groepen", "/api/atlas/groups?format=csv")]
    [InlineData("/atlas/indices", "/api/atlas/indices?format=csv")]
    public async Task A_table_page_links_to_a_working_csv_and_excel_download(string page, string csvLink)
    {
        var client = factory.CreatePageClient();

        var html = Html.Decode(await client.GetStringAsync(page, TestContext.Current.CancellationToken));

        Assert.Contains($"href=\"{csvLink}\"", html, StringComparison.Ordinal);
        var excelLink = csvLink.Replace("format=csv", "format=xlsx", StringComparison.Ordinal);
        Assert.Contains($"href=\"{excelLink}\"", html, StringComparison.Ordinal);
        foreach (var link in new[] { csvLink, excelLink })
        {
            var response = await client.GetAsync(link, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 100);
        }
    }
}

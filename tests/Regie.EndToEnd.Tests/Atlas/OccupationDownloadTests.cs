using System.Text;
using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;

namespace Regie.EndToEnd.Tests.Atlas;

public sealed class OccupationDownloadTests(AtlasSite site)
{
    /// <summary>BRC 2014 occupation groups that CBS publishes (data/SOURCES.md).</summary>
    public const int OccupationGroups = 114;

    [Fact]
    public async Task The_csv_download_of_the_full_list_has_a_header_and_every_occupation_group()
    {
        var page = await site.OpenAsync("/atlas/beroepen");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = UiText.Dutch("DownloadCsv") }).ClickAsync());
        var path = await download.PathAsync();
        var records = CsvRecords.Read(await File.ReadAllTextAsync(path, Encoding.UTF8, TestContext.Current.CancellationToken));

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal(OccupationGroups + 1, records.Count);
        Assert.Equal("source", records[0][^1]);
        Assert.All(records.Skip(1), r => Assert.Equal(records[0].Count, r.Count));
        Assert.All(records.Skip(1), r => Assert.False(string.IsNullOrWhiteSpace(r[^1]), "Every row carries its source."));
    }
}

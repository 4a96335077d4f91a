using System.Globalization;
using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;

namespace Regie.EndToEnd.Tests.Atlas;

public sealed class OccupationListTests(AtlasSite site)
{
    private const string Rows = "#beroepen tbody tr";

    [Fact]
    public async Task The_list_shows_every_occupation_group()
    {
        var page = await site.OpenAsync("/atlas/beroepen");

        Assert.Equal(OccupationDownloadTests.OccupationGroups, await page.Locator(Rows).CountAsync());
    }

    [Fact]
    public async Task Sorting_by_code_puts_the_lowest_code_first_and_clicking_again_reverses_it()
    {
        var page = await site.OpenAsync("/atlas/beroepen");
        var codes = await CodesAsync(page);

        await page.Locator("a[data-sort=code]").ClickAsync();
        await page.WaitForURLAsync("**sort=code**");
        var ascending = await CodesAsync(page);
        await page.Locator("a[data-sort=code]").ClickAsync();
        await page.WaitForURLAsync("**desc=true**");
        var descending = await CodesAsync(page);

        Assert.Equal(codes.Order(StringComparer.Ordinal), ascending);
        Assert.Equal(codes.OrderDescending(StringComparer.Ordinal), descending);
        Assert.Equal("descending", await page.Locator("th:has(a[data-sort=code])").GetAttributeAsync("aria-sort"));
    }

    [Fact]
    public async Task Sorting_by_employment_puts_the_largest_group_first()
    {
        var page = await site.OpenAsync("/atlas/beroepen?sort=code");

        await page.Locator("a[data-sort=employed]").ClickAsync();
        await page.WaitForURLAsync("**sort=employed**");
        var employed = await page.Locator($"{Rows} td:nth-child(5)").AllInnerTextsAsync();
        var numbers = employed.Select(ParseCount).Where(n => n is not null).Select(n => n!.Value).ToList(); // Where drops nulls.

        Assert.True(numbers.Count > 100, $"Only {numbers.Count} rows carry an employment figure.");
        Assert.Equal(numbers.OrderDescending(), numbers);
    }

    [Fact]
    public async Task Searching_shows_only_the_matching_groups()
    {
        var page = await site.OpenAsync("/atlas/beroepen");

        await page.GetByLabel(UiText.Dutch("FilterSearch"), new() { Exact = true }).FillAsync("verpleeg");
        await page.GetByRole(AriaRole.Button, new() { Name = UiText.Dutch("FilterApply") }).ClickAsync();
        await page.WaitForURLAsync("**q=verpleeg**");
        var titles = await page.Locator($"{Rows} th").AllInnerTextsAsync();

        Assert.NotEmpty(titles);
        Assert.True(titles.Count < OccupationDownloadTests.OccupationGroups);
        Assert.Contains(titles, t => t.Contains("erpleeg", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task I_can_open_an_occupation_group_from_the_list()
    {
        var page = await site.OpenAsync("/atlas/beroepen?sort=code");
        var first = page.Locator($"{Rows} th a").First;
        var title = await first.InnerTextAsync();
        var code = await page.Locator($"{Rows}").First.GetAttributeAsync("data-code");

        await first.ClickAsync();
        await page.WaitForURLAsync($"**/atlas/beroepen/{code}");

        Assert.Contains(title, await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<string>> CodesAsync(IPage page) =>
        [.. (await page.Locator(Rows).EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)"))];

    // Counts are shown Dutch style ("1.234.000"); a missing figure is shown as a dash.
    private static long? ParseCount(string text) =>
        long.TryParse(text.Trim(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("nl-NL"), out var n) ? n : null;
}

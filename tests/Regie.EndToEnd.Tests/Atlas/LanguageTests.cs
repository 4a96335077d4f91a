using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;

namespace Regie.EndToEnd.Tests.Atlas;

public sealed class LanguageTests(AtlasSite site)
{
    [Fact]
    public async Task The_atlas_opens_in_Dutch_even_for_an_English_browser()
    {
        var page = await site.OpenAsync("/atlas");

        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(UiText.Dutch("AtlasSummaryHeading"), await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task I_can_switch_the_atlas_to_English_and_it_stays_English()
    {
        var page = await site.OpenAsync("/atlas");

        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/atlas");
        var heading = await page.Locator("h1").InnerTextAsync();
        await page.GotoAsync("/atlas/beroepen");

        Assert.Equal(UiText.English("AtlasSummaryHeading"), heading);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(UiText.English("OccupationsHeading"), await page.Locator("h1").InnerTextAsync());
    }
}

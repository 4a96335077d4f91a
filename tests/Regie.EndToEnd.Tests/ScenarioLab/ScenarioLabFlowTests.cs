using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;
using Regie.EndToEnd.Tests.Workplace;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.ScenarioLab;

/// <summary>
/// The scenario lab in a real browser: choose a preset, follow the run's progress until the page shows its results
/// (charts drawn, each with its table), ask why for a household, and describe a household of one's own. Every page on
/// the way is scanned with axe-core (WCAG 2.1 AA), in Dutch and in English.
/// </summary>
public sealed class ScenarioLabFlowTests(AtlasSite site)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Minute = new() { Timeout = 60_000 };

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task I_run_a_preset_and_read_its_results_on_pages_without_axe_violations(string language)
    {
        var page = await OpenInAsync("/scenariolab", language);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.AssertNoViolationsAsync();

        await page.Locator("button[name=Preset][value=central]").ClickAsync();
        await page.WaitForURLAsync("**/scenariolab/runs/*");
        await Expect(page.Locator("#manifest")).ToBeVisibleAsync(Minute); // the progress script reloads the page once the run is done
        await Expect(page.Locator("figure.regie-chart--ready")).ToHaveCountAsync(7, new() { Timeout = 30_000 });
        await page.AssertNoViolationsAsync();

        Assert.Equal(7, await page.Locator("figure.regie-chart details.regie-chart__table table").CountAsync());
        Assert.Equal(7, await page.Locator("figure.regie-chart .regie-chart__canvas svg").CountAsync());
        var text = language == "nl" ? ScenarioText.Dutch("NotAForecastTitle") : ScenarioText.English("NotAForecastTitle");
        await Expect(page.GetByText(text)).ToBeVisibleAsync();

        await page.Locator("#x-decile").SelectOptionAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = language == "nl" ? ScenarioText.Dutch("ExplorerFind") : ScenarioText.English("ExplorerFind") }).ClickAsync();
        await Expect(page.Locator(".regie-explanation")).ToBeVisibleAsync();
        await Expect(page.Locator(".regie-explanation .regie-chain").First).ToContainTextAsync("loses work");
        await page.AssertNoViolationsAsync();
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task I_describe_a_household_and_see_its_path_without_axe_violations(string language)
    {
        var page = await OpenInAsync("/scenariolab/huishouden", language);
        await page.AssertNoViolationsAsync();

        await page.Locator("#m1-wage").FillAsync("2800");
        await page.GetByRole(AriaRole.Button, new() { Name = language == "nl" ? ScenarioText.Dutch("ExplainButton") : ScenarioText.English("ExplainButton") }).ClickAsync();

        await Expect(page.Locator("#pad")).ToBeVisibleAsync();
        await Expect(page.Locator(".regie-explanation")).ToContainTextAsync("art. 47 WW");
        await page.AssertNoViolationsAsync();
    }

    /// <summary>Opens a page in the language chosen with the switch in the header (a cookie, so forms keep it).</summary>
    private async Task<IPage> OpenInAsync(string path, string language)
    {
        var page = await site.OpenAsync(path);
        if (language == "en")
        {
            // Generous: on a loaded CI machine the server may be busy finishing another test's scenario run.
            await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync(new() { Timeout = 90_000 });
            await page.WaitForURLAsync("**" + path, new() { Timeout = 90_000 });
        }

        return page;
    }

    [Fact]
    public async Task A_wrong_value_is_announced_beside_its_field_without_axe_violations()
    {
        var page = await site.OpenAsync("/scenariolab");

        await page.Locator("#p-share").FillAsync("80");
        await page.Locator("section:has(#parameters) button[value=run]").ClickAsync();

        await Expect(page.Locator("#p-share-error")).ToHaveTextAsync(ScenarioText.Dutch("Error_DisplacementShare"));
        await page.AssertNoViolationsAsync();
    }
}

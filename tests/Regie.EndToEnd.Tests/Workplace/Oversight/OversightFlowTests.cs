using System.Text.Json;
using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace.Oversight;

/// <summary>
/// Oversight in practice in a real browser: the owner designs oversight from the AI system page, the overseer logs a
/// case, the system posts one with its API key, and the dashboard and the overseer's own page show them. Every page
/// is scanned with axe-core (WCAG 2.1 AA).
/// </summary>
public sealed class OversightFlowTests(AtlasSite site)
{
    [Fact]
    public async Task An_owner_designs_oversight_an_overseer_and_the_system_log_cases_and_the_dashboard_shows_them()
    {
        var page = await site.NewPageAsync();
        await Workspace.SignUpAsync(page, "Otto Overzicht");
        var (org, _) = await Workspace.CreateOrganisationAsync(page);
        await Workspace.TakeRolesAsync(page, org, "OrgAdmin, SystemOwner, Executive, Overseer");
        var me = (await SendAsync(page, "GET", $"/api/orgs/{org}/members", null)).EnumerateArray().Single().GetProperty("id").GetGuid();
        var system = (await SendAsync(page, "POST", $"/api/orgs/{org}/ai-systems", new
        {
            name = "Roosterhulp",
            purpose = "Stelt roosters voor.",
            provider = "Voorbeeld Software B.V.",
            decisionTypes = "Scheduling",
            overseerMemberIds = new[] { me },
        })).GetProperty("id").GetGuid();

        await page.GotoAsync($"/werkplek/{org}/ai-systemen/{system}");
        await page.Locator("a[data-link=oversight]").ClickAsync();
        await page.Locator("#model-OnTheLoop, input[name=Model][value=OnTheLoop]").First.CheckAsync();
        await page.Locator("#evidence-understandevidence").FillAsync("Training van twee dagen voor alle planners.");
        await page.Locator("#seconds-per-case").FillAsync("120");
        await page.Locator("form[novalidate] button[type=submit]").First.ClickAsync();
        await Expect(page.Locator(".utrecht-alert--ok")).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();

        await page.GotoAsync($"/werkplek/{org}/ai-systemen/{system}/toezicht/logboek");
        await page.Locator("#kind").SelectOptionAsync("Overridden");
        await page.Locator("#case-reference").FillAsync("Piet Puk");
        await page.Locator("#seconds-spent").FillAsync("180");
        await page.Locator("#log-heading ~ form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await Expect(page.Locator("#case-reference")).ToHaveValueAsync("Piet Puk");
        await page.AssertNoViolationsAsync();
        await page.Locator("#case-reference").FillAsync("ROOSTER-48");
        await page.Locator("#log-heading ~ form button[type=submit]").ClickAsync();
        await Expect(page.Locator(".utrecht-alert--ok")).ToBeVisibleAsync();

        await page.GotoAsync($"/werkplek/{org}/ai-systemen/{system}/toezicht/sleutels");
        await page.Locator("#label").FillAsync("productie");
        await page.Locator("#new-key-heading ~ form button[type=submit]").ClickAsync();
        var secret = await page.Locator("[data-new-key]").TextContentAsync();
        await page.AssertNoViolationsAsync();
        var posted = await page.APIRequest.PostAsync($"/api/oversight/{org}/ai-systems/{system}/events", new APIRequestContextOptions
        {
            Headers = new Dictionary<string, string> { ["X-Api-Key"] = secret!.Trim() },
            DataObject = new { kind = "Accepted", caseReference = "ROOSTER-49", secondsSpent = 30, overseerMemberId = me },
        });
        Assert.Equal(201, posted.Status);

        await page.GotoAsync($"/werkplek/{org}/ai-systemen/{system}/toezicht/logboek");
        await Expect(page.Locator("[data-figure=cases]")).ToHaveTextAsync("2");
        await Expect(page.Locator("#toezicht-volume")).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();

        await page.GotoAsync($"/werkplek/{org}/mijn-toezicht");
        await Expect(page.Locator("table").First).ToContainTextAsync("Roosterhulp");
        await page.AssertNoViolationsAsync();
    }

    private static async Task<JsonElement> SendAsync(IPage page, string method, string path, object? body)
    {
        var response = await page.APIRequest.FetchAsync(path, new APIRequestContextOptions { Method = method, DataObject = body });
        var text = await response.TextAsync();
        Assert.True(response.Ok, $"{method} {path} answered {response.Status}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

using System.Text.Json;
using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace.Literacy;

/// <summary>
/// AI literacy in a real browser: an overseer takes the self-assessment (a missing answer first, which keeps what was
/// chosen), sees the gap against the level overseers need, and the oversight dashboard flags them. Every page is
/// scanned with axe-core (WCAG 2.1 AA).
/// </summary>
public sealed class LiteracyFlowTests(AtlasSite site)
{
    [Fact]
    public async Task An_overseer_takes_the_self_assessment_sees_the_gap_and_is_flagged_on_the_oversight_dashboard()
    {
        var page = await site.NewPageAsync();
        await Workspace.SignUpAsync(page, "Lotte Leerling");
        var (org, group) = await Workspace.CreateOrganisationAsync(page);
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

        await page.GotoAsync($"/werkplek/{org}");
        await page.Locator($"a[href='/werkplek/{org}/ai-geletterdheid']").First.ClickAsync();
        await page.Locator($"a[href='/werkplek/{org}/ai-geletterdheid/mijn']").First.ClickAsync();
        await Expect(page.Locator(".utrecht-alert--warning")).ToBeVisibleAsync();
        await Expect(page.Locator("#required-level")).ToContainTextAsync("Bekwaam");
        await page.AssertNoViolationsAsync();
        await Shots.TakeAsync(page, "literacy-mine-empty");

        await page.Locator($"a[href='/werkplek/{org}/ai-geletterdheid/mijn/zelftest']").ClickAsync();
        await page.AssertNoViolationsAsync();
        // Bewust: strongly agree (first option); Bekwaam: disagree (fourth option) — all but the last statement.
        await page.EvaluateAsync("""
            () => {
              const sets = [...document.querySelectorAll('fieldset[id^="Bt"], fieldset[id^="Bm"]')];
              sets.slice(0, -1).forEach(f => document.getElementById(f.id + (f.id.startsWith('Bt') ? '-0' : '-3')).checked = true);
            }
            """);
        await page.Locator("#worker-group").SelectOptionAsync(group.ToString());
        await page.Locator("form[novalidate] button[type=submit]").ClickAsync();
        await Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await Expect(page.Locator("#Bt1-01-0")).ToBeCheckedAsync();
        await page.AssertNoViolationsAsync();
        await Shots.TakeAsync(page, "literacy-test-error");

        await page.Locator("fieldset[id^='Bm'] >> nth=-1").Locator("input[type=radio] >> nth=3").CheckAsync();
        await page.Locator("form[novalidate] button[type=submit]").ClickAsync();
        await Expect(page.Locator(".utrecht-alert--ok")).ToBeVisibleAsync();
        await Expect(page.Locator("#literacy-gaps tr[data-meets=no]")).ToHaveCountAsync(4);
        await Expect(page.Locator("#literacy-gaps")).ToContainTextAsync("Bm3");
        await page.AssertNoViolationsAsync();
        await Shots.TakeAsync(page, "literacy-mine-gap");

        await page.GotoAsync($"/werkplek/{org}/ai-systemen/{system}/toezicht/logboek");
        await Expect(page.Locator("#overseer-literacy [data-flag=literacy]")).ToHaveCountAsync(1);
        await page.AssertNoViolationsAsync();

        await page.GotoAsync($"/werkplek/{org}/ai-systemen/{system}/ai-geletterdheid");
        await page.Locator("#system-level-select").SelectOptionAsync("Vloeiend");
        await page.Locator("form[novalidate] button[type=submit]").ClickAsync();
        await Expect(page.Locator("#system-level")).ToContainTextAsync("Vloeiend");
        await page.AssertNoViolationsAsync();

        await page.GotoAsync($"/werkplek/{org}/ai-geletterdheid");
        await page.AssertNoViolationsAsync();
        await Shots.TakeAsync(page, "literacy-home");
        await page.GotoAsync($"/werkplek/{org}/ai-geletterdheid/opleidingen");
        await page.Locator("#course").FillAsync("Kritisch kijken naar AI");
        await page.Locator("#provider").FillAsync("Leerhuis");
        await page.Locator("#hours").FillAsync("3,5");
        await page.Locator("#codes-5").CheckAsync(); // Bm2: the sixth code
        await page.Locator("#completed-on").FillAsync("2026-10-01");
        await page.Locator("form[novalidate] button[type=submit]").ClickAsync();
        await Expect(page.Locator(".utrecht-alert--ok")).ToBeVisibleAsync();
        await Expect(page.Locator("table")).ToContainTextAsync("Kritisch kijken naar AI");
        await page.AssertNoViolationsAsync();
        await Shots.TakeAsync(page, "literacy-training");
    }

    private static async Task<JsonElement> SendAsync(IPage page, string method, string path, object? body)
    {
        var response = await page.APIRequest.FetchAsync(path, new APIRequestContextOptions { Method = method, DataObject = body });
        var text = await response.TextAsync();
        Assert.True(response.Ok, $"{method} {path} answered {response.Status}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

/// <summary>Full-page screenshots for a person to look at, only when REGIE_SCREENSHOTS names a folder.</summary>
internal static class Shots
{
    public static async Task TakeAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("REGIE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}

using System.Text.Json;
using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace;

/// <summary>
/// The job impact assessment in a real browser: from the AI system page to a started assessment, task effects, a
/// signal, a risk with a measure, the review moves, the three opinions and validation. Every page state on the way is
/// scanned with axe-core (WCAG 2.1 AA), the error states included.
/// </summary>
public sealed class AssessmentFlowTests(AtlasSite site)
{
    [Fact]
    public async Task An_assessment_is_filled_in_reviewed_and_validated_on_pages_without_axe_violations()
    {
        var page = await site.NewPageAsync();
        await Workspace.SignUpAsync(page, "Anna Assessor");
        var (org, group) = await Workspace.CreateOrganisationAsync(page);
        await Workspace.TakeRolesAsync(page, org, "OrgAdmin, SystemOwner, Assessor, Reviewer, PrivacyOfficer, Executive, WorksCouncil");
        var system = await PostAsync(page, $"/api/orgs/{org}/ai-systems", new
        {
            name = "Roosterassistent",
            purpose = "Stelt het weekrooster voor.",
            provider = "Voorbeeld Software B.V.",
            decisionTypes = "Scheduling",
            workerGroupIds = new[] { group },
        });

        await page.GotoAsync($"/werkplek/{org}/ai-systemen/{system.GetProperty("id").GetGuid()}");
        await page.Locator("[data-link=assessments]").ClickAsync();
        await page.WaitForURLAsync("**/beoordelingen");
        await page.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start de beoordeling" }).ClickAsync();
        await page.WaitForURLAsync("**/beoordelingen/*");
        await page.AssertNoViolationsAsync();

        await page.Locator("#task-new-note").FillAsync("Kijkt de voorstellen na");
        await page.GetByRole(AriaRole.Button, new() { Name = "Taak opslaan" }).Last.ClickAsync();
        await Expect(page.Locator("#task-new-text-error, .utrecht-form-field-error-message").First).ToBeVisibleAsync();
        await Expect(page.Locator("#task-new-note")).ToHaveValueAsync("Kijkt de voorstellen na"); // nothing typed is lost
        await page.AssertNoViolationsAsync();
        await page.Locator("#task-new-text").FillAsync("Voorstellen van het systeem controleren");
        await page.Locator("#task-new-effect").SelectOptionAsync("New");
        await page.Locator("#task-new-later").FillAsync("10");
        await SaveAsync(page, "Taak opslaan", last: true);
        await Expect(page.Locator("[data-table=task-effects]")).ToContainTextAsync("Voorstellen van het systeem controleren");

        await page.Locator("#signal-code").SelectOptionAsync("RS10");
        await page.Locator("#signal-presence input[value=Present]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwoord opslaan" }).ClickAsync();
        await Expect(page.Locator("#signal-evidence-error, .utrecht-form-field--invalid").First).ToBeVisibleAsync();
        await Expect(page.Locator("#signal-code")).ToHaveValueAsync("RS10");
        await page.AssertNoViolationsAsync();
        await page.Locator("#signal-direction").SelectOptionAsync("Negative");
        await page.Locator("#signal-evidence").FillAsync("Planners zeggen dat diensten vaker kort van tevoren wijzigen.");
        await page.Locator("#signal-sources input[value=Workers]").CheckAsync();
        await page.Locator("#signal-likelihood").SelectOptionAsync("3");
        await SaveAsync(page, "Antwoord opslaan", last: false);
        await Expect(page.Locator("[data-signal=RS10] [data-field=presence]")).ToHaveTextAsync("Aanwezig");

        await page.Locator("#risk-title").FillAsync("Minder voorspelbare roosters");
        await page.Locator("#risk-signal").SelectOptionAsync("RS10");
        await page.Locator("#risk-likelihood").SelectOptionAsync("3");
        await page.Locator("#risk-severity").SelectOptionAsync("3");
        await SaveAsync(page, "Risico opslaan", last: false);
        await page.Locator("#measure-title").FillAsync("Rooster twee weken vooruit vast");
        await page.Locator("#measure-due").FillAsync("2027-01-31");
        await SaveAsync(page, "Maatregel opslaan", last: false);
        await Expect(page.Locator("[data-table=risks]")).ToContainTextAsync("Rooster twee weken vooruit vast");
        await page.AssertNoViolationsAsync();

        foreach (var move in new[] { "Begin met invullen", "Indienen voor review", "Akkoord: vraag de adviezen" })
        {
            await SaveAsync(page, move, last: false);
        }

        await page.AssertNoViolationsAsync();
        foreach (var (kind, position) in new[] { ("Privacy", "Negative"), ("WorksCouncil", "Conditional"), ("Prevention", "Positive") })
        {
            await page.Locator($"#opinion-kind input[value={kind}]").CheckAsync();
            await page.Locator($"#opinion-position input[value={position}]").CheckAsync();
            await page.Locator("#opinion-text").FillAsync($"Advies {kind}: {position}.");
            await SaveAsync(page, "Advies vastleggen", last: false);
        }

        await SaveAsync(page, "Vaststellen", last: false);
        await Expect(page.Locator("p[data-status]")).ToHaveAttributeAsync("data-status", "Validated");
        await Expect(page.Locator("[data-opinion]")).ToHaveCountAsync(3);
        await page.AssertNoViolationsAsync();
    }

    /// <summary>Submits a form and waits for the redirect back to the page (the address may already say "opgeslagen").</summary>
    private static async Task SaveAsync(IPage page, string button, bool last = false)
    {
        var buttons = page.GetByRole(AriaRole.Button, new() { Name = button });
        await page.EvaluateAsync("() => document.body.dataset.stale = 'yes'"); // gone once the new page has loaded
        await (last ? buttons.Last : buttons).ClickAsync();
        await page.WaitForFunctionAsync("() => document.body && document.body.dataset.stale === undefined");
        await page.WaitForURLAsync("**melding=opgeslagen");
    }

    private static async Task<JsonElement> PostAsync(IPage page, string path, object body)
    {
        var response = await page.APIRequest.FetchAsync(path, new APIRequestContextOptions { Method = "POST", DataObject = body });
        var text = await response.TextAsync();
        Assert.True(response.Ok, $"POST {path} answered {response.Status}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

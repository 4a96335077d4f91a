using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace.Pulse;

/// <summary>
/// The survey steward sets up a pulse in the browser (survey, baseline wave, anonymous links) and a worker answers
/// through a link without an account. The steward page and the public answer page are scanned with axe-core.
/// </summary>
public sealed class PulseFlowTests(AtlasSite site)
{
    [Fact]
    public async Task A_steward_issues_links_and_a_worker_answers_anonymously()
    {
        var steward = await site.NewPageAsync();
        await Workspace.SignUpAsync(steward, "Stella Steward");
        var (org, group) = await Workspace.CreateOrganisationAsync(steward);
        await Workspace.TakeRolesAsync(steward, org, "OrgAdmin, SystemOwner, SurveySteward");
        var created = await steward.APIRequest.PostAsync($"/api/orgs/{org}/ai-systems", new APIRequestContextOptions
        {
            DataObject = new { name = "Roosterhulp", purpose = "Maakt een voorstel voor het rooster.", provider = "Voorbeeld Software B.V.", decisionTypes = "Scheduling", workerGroupIds = new[] { group } },
        });
        Assert.True(created.Ok, await created.TextAsync());

        await steward.GotoAsync($"/werkplek/{org}/peilingen");
        await steward.GetByLabel("AI-systeem", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Roosterhulp" });
        await steward.GetByRole(AriaRole.Button, new() { Name = "Peiling aanmaken" }).ClickAsync();
        await Expect(steward.Locator("h1")).ToHaveTextAsync("Peiling: Roosterhulp");
        await steward.GetByLabel("Naam van de ronde (bijvoorbeeld T0 of 3 maanden na invoering)", new() { Exact = true }).FillAsync("T0");
        await steward.GetByRole(AriaRole.Button, new() { Name = "Ronde toevoegen" }).ClickAsync();
        await steward.GetByRole(AriaRole.Button, new() { Name = "Ronde T0 openen" }).ClickAsync();
        await steward.GetByLabel("Aantal links", new() { Exact = true }).FillAsync("3");
        await steward.GetByRole(AriaRole.Button, new() { Name = "Links maken" }).ClickAsync();
        var links = steward.Locator(".regie-pulse-links code");
        await Expect(links).ToHaveCountAsync(3);
        await Expect(steward.Locator("[data-suppressed]").First).ToBeVisibleAsync();
        await steward.AssertNoViolationsAsync();
        var link = new Uri(await links.First.TextContentAsync() ?? "");

        var worker = await site.NewPageAsync();
        await worker.GotoAsync(link.PathAndQuery);
        await Expect(worker.Locator("h1")).ToHaveTextAsync("Vragen over je werk");
        await worker.AssertNoViolationsAsync();
        foreach (var fieldset in await worker.Locator("fieldset").AllAsync())
        {
            await fieldset.Locator("input[value='2']").CheckAsync();
        }

        await worker.GetByRole(AriaRole.Button, new() { Name = "Antwoorden versturen" }).ClickAsync();
        await Expect(worker.GetByText("Bedankt!")).ToBeVisibleAsync();
        await worker.AssertNoViolationsAsync();
        await worker.GotoAsync(link.PathAndQuery);
        await Expect(worker.GetByText("Met deze link is al geantwoord.")).ToBeVisibleAsync();
    }
}

using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace;

/// <summary>
/// The works-council consultation in a real browser: an advice request and a consent request run from the AI system
/// page to closed, and the AI Act art. 26(7) notice is sent, after which the pilot is no longer blocked by them.
/// Every page is scanned with axe-core (WCAG 2.1 AA).
/// </summary>
public sealed class ConsultationFlowTests(AtlasSite site)
{
    [Fact]
    public async Task Advice_and_consent_run_to_closed_on_accessible_pages_and_the_notice_is_sent()
    {
        var page = await site.NewPageAsync();
        await Workspace.SignUpAsync(page, "Bea Bestuurder");
        var (org, _) = await Workspace.CreateOrganisationAsync(page);
        await Workspace.TakeRolesAsync(page, org, "OrgAdmin, SystemOwner, Executive, WorksCouncil");
        var system = await Workspace.RegisterScreenedSystemAsync(page, org, "Taakverdeler");
        foreach (var step in new[] { "ImpactAssessment", "Consultation", "Decision", "Preparation" })
        {
            await Workspace.MoveAsync(page, org, system, step);
        }

        await page.GotoAsync($"/werkplek/{org}/ai-systemen/{system}");
        await Expect(page.Locator("[data-move=Pilot] [data-gate=advice-procedure-missing]")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Inspraak en informatie (OR, werknemers, AVG)" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Inspraak en informatie: Taakverdeler");
        await page.AssertNoViolationsAsync();

        await RunAsync(page, "Adviesaanvraag voorbereiden", "Positief advies");
        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar inspraak en informatie" }).ClickAsync();
        await RunAsync(page, "Instemmingsaanvraag voorbereiden", "Instemming");
        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar inspraak en informatie" }).ClickAsync();

        var notice = page.Locator("form[data-form=notice]");
        await notice.Locator("#notice-decisions").FillAsync("Het programma stelt een taakverdeling voor. Een teamleider beslist.");
        await notice.Locator("#notice-oversight").FillAsync("De teamleider kijkt elk voorstel na en kan het veranderen.");
        await notice.Locator("#notice-rights").FillAsync("U kunt uitleg vragen en een mens laten kijken. U kunt ook naar de OR.");
        await notice.Locator("#notice-channel").FillAsync("E-mail en intranet");
        await notice.Locator("#notice-contact").FillAsync("Team Planning, planning@voorbeeld.nl");
        await notice.GetByRole(AriaRole.Button, new() { Name = "Concept opslaan" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bericht als verstuurd vastleggen" }).ClickAsync();
        await Expect(page.Locator("[data-notice=Sent]")).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();

        await page.GotoAsync($"/werkplek/{org}/ai-systemen/{system}");
        await Expect(page.Locator("[data-move=Pilot] [data-gate=advice-procedure-missing]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-move=Pilot] [data-gate=notice-26-7-unsent]")).ToHaveCountAsync(0);
    }

    /// <summary>Starts a request from the dossier and takes it through every step to closed.</summary>
    private static async Task RunAsync(IPage page, string start, string position)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = start }).ClickAsync();
        await page.Locator("#consequences").FillAsync("Teamleiders controleren voorstellen in plaats van zelf te verdelen.");
        await page.Locator("#proposed-measures").FillAsync("- Training voor teamleiders");
        await page.Locator("form[data-form=start]").GetByRole(AriaRole.Button, new() { Name = "Concept opslaan" }).ClickAsync();
        await Expect(page.Locator("[data-procedure-status]")).ToHaveAttributeAsync("data-procedure-status", "Draft");
        await page.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag versturen naar de OR" }).ClickAsync();
        await page.Locator("#question").FillAsync("Wie kan een voorstel van het systeem terugdraaien?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vraag stellen" }).ClickAsync();
        await page.Locator("[data-message=Question] textarea").FillAsync("De teamleider, altijd.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwoord geven" }).ClickAsync();
        await page.Locator("#minutes").FillAsync("De aanvraag is besproken met de OR.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Overleg vastleggen" }).ClickAsync();
        await page.GetByLabel(position, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Standpunt vastleggen" }).ClickAsync();
        await page.Locator("#decision").FillAsync("We voeren het systeem in zoals voorgesteld.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit meedelen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Procedure afsluiten" }).ClickAsync();
        await Expect(page.Locator("[data-procedure-status]")).ToHaveAttributeAsync("data-procedure-status", "Closed");
        await Expect(page.Locator("[data-term=due]")).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();
    }
}

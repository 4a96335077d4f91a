using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace.Concerns;

/// <summary>
/// The concern channel and requests in a real browser: somebody without an account raises a concern through the
/// organisation's link and follows it through the secret link; a confidential handler answers; a member files a
/// request for explanation. Every page on the way is scanned with axe-core (WCAG 2.1 AA).
/// </summary>
public sealed class ConcernsFlowTests(AtlasSite site)
{
    [Fact]
    public async Task A_concern_goes_from_an_anonymous_reporter_to_a_handler_and_back_on_pages_without_axe_violations()
    {
        var handler = await site.NewPageAsync();
        await Workspace.SignUpAsync(handler, "Hanna Behandelaar");
        var (org, _) = await Workspace.CreateOrganisationAsync(handler);
        await Workspace.TakeRolesAsync(handler, org, "OrgAdmin, SystemOwner, Reviewer");
        await Workspace.RegisterScreenedSystemAsync(handler, org, "Taakverdeler");

        var reporter = await site.NewPageAsync();
        await reporter.GotoAsync($"/melding/nieuw/{org}");
        await reporter.AssertNoViolationsAsync();
        await reporter.Locator("#text").FillAsync("De taakverdeler geeft mij steeds de zwaarste ritten.");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
        await Expect(reporter.Locator("#error-summary")).ToBeVisibleAsync();
        await Expect(reporter.Locator("#text")).ToHaveValueAsync("De taakverdeler geeft mij steeds de zwaarste ritten.");
        await reporter.AssertNoViolationsAsync();
        await reporter.Locator("#system").SelectOptionAsync(new SelectOptionValue { Label = "Taakverdeler" });
        await reporter.Locator("#category-Workload").CheckAsync();
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
        await Expect(reporter.Locator("#secret-link")).ToBeVisibleAsync();
        await reporter.AssertNoViolationsAsync();
        await reporter.Locator("#secret-link").ClickAsync();
        await reporter.WaitForURLAsync("**/melding/*");
        var secretPage = reporter.Url;
        await Expect(reporter.Locator("#status")).ToHaveTextAsync("Ontvangen");
        await reporter.AssertNoViolationsAsync();

        await handler.GotoAsync($"/werkplek/{org}/meldingen");
        await handler.AssertNoViolationsAsync();
        await handler.Locator("#cases a").First.ClickAsync();
        await handler.WaitForURLAsync($"**/werkplek/{org}/meldingen/*");
        await Expect(handler.GetByText("Anoniem")).ToBeVisibleAsync();
        await handler.AssertNoViolationsAsync();
        await handler.Locator("#answer").FillAsync("Dank u. We kijken met de planners naar de verdeling van de ritten.");
        await handler.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Expect(handler.Locator("#status")).ToHaveTextAsync("Beantwoord");
        await handler.AssertNoViolationsAsync();

        await reporter.GotoAsync(secretPage);
        await Expect(reporter.GetByText("We kijken met de planners")).ToBeVisibleAsync();
        await reporter.Locator("#reply").FillAsync("Het gaat vooral om de late diensten.");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Reactie versturen" }).ClickAsync();
        await Expect(reporter.Locator("#status")).ToHaveTextAsync("In onderzoek");
        await reporter.AssertNoViolationsAsync();

        var stranger = await site.NewPageAsync();
        var wrong = await stranger.GotoAsync("/melding/" + new string('A', 43));
        Assert.Equal(404, wrong?.Status);
    }

    [Fact]
    public async Task A_member_files_a_request_for_explanation_and_sees_its_deadlines_on_pages_without_axe_violations()
    {
        var page = await site.NewPageAsync();
        await Workspace.SignUpAsync(page, "Erik Medewerker");
        var (org, _) = await Workspace.CreateOrganisationAsync(page);
        await Workspace.TakeRolesAsync(page, org, "OrgAdmin, SystemOwner, Executive");
        await Workspace.RegisterScreenedSystemAsync(page, org, "Roosterhulp");

        await page.GotoAsync($"/werkplek/{org}/verzoeken");
        await page.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verzoek versturen" }).ClickAsync();
        await Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();
        await page.Locator("#kind-Explanation").CheckAsync();
        await page.Locator("#system").SelectOptionAsync(new SelectOptionValue { Label = "Roosterhulp" });
        await page.Locator("#decision").FillAsync("Rooster week 12");
        await page.Locator("#question").FillAsync("Welke rol speelde het systeem bij mijn rooster?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verzoek versturen" }).ClickAsync();
        await page.WaitForURLAsync($"**/werkplek/{org}/verzoeken/*");
        await Expect(page.Locator("#deadlines")).ToBeVisibleAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Ontvangen");
        await page.AssertNoViolationsAsync();
    }
}

using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;
using Regie.TestKit.Workplace;
using Regie.Workplace.Screening;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace;

/// <summary>
/// The AI register in a real browser: a system owner registers a system, screens it and follows its page; an
/// employee reads the internal register. Every page on the way is scanned with axe-core (WCAG 2.1 AA).
/// </summary>
public sealed class RegisterFlowTests(AtlasSite site)
{
    [Fact]
    public async Task A_system_owner_registers_screens_and_follows_a_system_on_pages_without_axe_violations()
    {
        var page = await site.NewPageAsync();
        await Workspace.SignUpAsync(page, "Olga Eigenaar");
        var (org, _) = await Workspace.CreateOrganisationAsync(page);
        await Workspace.TakeRolesAsync(page, org, "OrgAdmin, SystemOwner, Executive");

        await page.GotoAsync($"/werkplek/{org}/ai-systemen");
        await page.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Een AI-systeem registreren" }).ClickAsync();
        await page.WaitForURLAsync("**/ai-systemen/nieuw");
        await page.AssertNoViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Registreren", Exact = true }).ClickAsync();
        await Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await page.AssertNoViolationsAsync();

        await page.Locator("#name").FillAsync("Roosterassistent");
        await page.Locator("#purpose").FillAsync("Maakt elke week een voorstel voor het rooster.");
        await page.Locator("#provider").FillAsync("Voorbeeld Software B.V.");
        await page.Locator("#decision-types input[value=Scheduling]").CheckAsync();
        await page.Locator("#monitoring-capable").CheckAsync();
        await page.Locator("#worker-groups input[type=checkbox]").First.CheckAsync();
        await page.Locator("#summary").FillAsync("Het systeem stelt het weekrooster voor. Een planner beslist.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registreren", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**melding=opgeslagen");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Roosterassistent");
        await page.AssertNoViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Naar de stap ‘Intake’" }).ClickAsync();
        await Expect(page.Locator("[aria-current=step]")).ToHaveAttributeAsync("data-status", "Intake");
        await page.GetByRole(AriaRole.Button, new() { Name = "Naar de stap ‘Screening’" }).ClickAsync();
        await Expect(page.Locator("[aria-current=step]")).ToHaveAttributeAsync("data-status", "Screening");
        await page.GetByRole(AriaRole.Link, new() { Name = "Screening doen" }).ClickAsync();
        await page.WaitForURLAsync("**/screening");
        await page.AssertNoViolationsAsync();

        await AnswerAsync(page, Answers.HighRisk());
        await page.GetByRole(AriaRole.Button, new() { Name = "Screening vastleggen" }).ClickAsync();
        await Expect(page.Locator("#outcome-heading")).ToHaveTextAsync("Uitkomst: Hoog risico");
        await page.AssertNoViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar Roosterassistent" }).ClickAsync();
        await Expect(page.Locator("[data-duty=Art26_7InformWorkers]")).ToBeVisibleAsync();
        await page.Locator("[data-duty=Art26_7InformWorkers] summary").ClickAsync();
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task An_employee_reads_the_internal_register_on_a_page_without_axe_violations_in_both_languages()
    {
        var admin = await site.NewPageAsync();
        await Workspace.SignUpAsync(admin, "Bea Bestuurder");
        var (org, group) = await Workspace.CreateOrganisationAsync(admin);
        await Workspace.TakeRolesAsync(admin, org, "OrgAdmin, SystemOwner, Executive");
        await admin.GotoAsync($"/werkplek/{org}/ai-systemen/nieuw");
        await admin.Locator("#name").FillAsync("Planningshulp");
        await admin.Locator("#purpose").FillAsync("Verdeelt taken over de dienst.");
        await admin.Locator("#provider").FillAsync("Voorbeeld Software B.V.");
        await admin.Locator("#decision-types input[value=TaskAllocation]").CheckAsync();
        await admin.Locator($"#worker-groups input[value='{group}']").CheckAsync();
        await admin.Locator("#contact-point").FillAsync("Team Planning, planning@voorbeeld.nl");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Registreren", Exact = true }).ClickAsync();
        await admin.WaitForURLAsync("**melding=opgeslagen");
        await MoveAsync(admin, "Intake", "Screening");
        await admin.GotoAsync(admin.Url.Split('?')[0] + "/screening");
        await AnswerAsync(admin, Answers.HighRisk());
        await admin.GetByRole(AriaRole.Button, new() { Name = "Screening vastleggen" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Terug naar Planningshulp" }).ClickAsync();
        await MoveAsync(admin, "ImpactAssessment", "Consultation", "Decision");
        await admin.GotoAsync($"/werkplek/{org}/auditlog");
        await admin.AssertNoViolationsAsync();

        var employee = await site.NewPageAsync();
        var email = await Workspace.SignUpAsync(employee, "Eva Medewerker");
        await Workspace.InviteAsync(admin, employee, org, email, "Employee");
        await employee.GotoAsync($"/werkplek/{org}/register");
        await Expect(employee.Locator("article.regie-entry h2")).ToHaveTextAsync("Planningshulp");
        await Expect(employee.Locator("[data-right=HumanReview]")).ToBeVisibleAsync();
        await employee.AssertNoViolationsAsync();
        await employee.GotoAsync($"/werkplek/{org}/register?lang=en");
        await Expect(employee.Locator("h1")).ToHaveTextAsync("Internal AI register");
        await employee.AssertNoViolationsAsync();
    }

    private static async Task MoveAsync(IPage page, params string[] steps)
    {
        foreach (var step in steps)
        {
            await page.Locator($"[data-move={step}] button").ClickAsync();
            await Expect(page.Locator("[aria-current=step]")).ToHaveAttributeAsync("data-status", step);
        }
    }

    /// <summary>Ticks the radio of each answered question; questions without an answer keep "not answered yet".</summary>
    private static async Task AnswerAsync(IPage page, ScreeningAnswers answers)
    {
        foreach (var question in ScreeningTexts.QuestionOrder)
        {
            var value = typeof(ScreeningAnswers).GetProperty(question)!.GetValue(answers); // every question is a property
            if (value is bool or Enum)
            {
                var text = value is bool b ? (b ? "true" : "false") : value.ToString();
                await page.Locator($"input[name={question}][value={text}]").CheckAsync();
            }
            else if (value is string reasoning)
            {
                await page.Locator($"#q-{question}").FillAsync(reasoning);
            }
        }
    }
}

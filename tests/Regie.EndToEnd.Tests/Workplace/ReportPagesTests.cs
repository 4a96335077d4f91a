using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace;

/// <summary>
/// The reports in a real browser: from the system page to the works-council dossier, the deployer documentation, the
/// reports list and the board summary, in Dutch and English, each scanned with axe-core (WCAG 2.1 AA), and the PDF,
/// Excel and CSV downloads behind their links.
/// </summary>
public sealed class ReportPagesTests(AtlasSite site)
{
    [Fact]
    public async Task The_executive_reads_and_downloads_the_reports_of_a_screened_system()
    {
        var executive = await site.NewPageAsync();
        await Workspace.SignUpAsync(executive, "Rita Rapport");
        var (org, _) = await Workspace.CreateOrganisationAsync(executive);
        await Workspace.TakeRolesAsync(executive, org, "OrgAdmin, SystemOwner, Executive");
        var system = await Workspace.RegisterScreenedSystemAsync(executive, org, "Rapportwijzer");

        await executive.GotoAsync($"/werkplek/{org}/ai-systemen/{system}");
        await executive.Locator("a[data-link=reports]").ClickAsync();
        await Expect(executive.Locator("h1")).ToHaveTextAsync("OR-dossier: Rapportwijzer");
        await Expect(executive.Locator("section[data-section=screening] table[data-table=ai-act-duties]")).ToBeVisibleAsync();
        await executive.AssertNoViolationsAsync();

        var pdf = await executive.APIRequest.GetAsync(await executive.Locator("[data-report-downloads] a").First.GetAttributeAsync("href") ?? "");
        Assert.True(pdf.Ok, $"The PDF answered {pdf.Status}.");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        var csv = await executive.APIRequest.GetAsync(await executive.Locator("a[data-csv=ai-act-duties]").GetAttributeAsync("href") ?? "");
        Assert.True(csv.Ok, $"The CSV answered {csv.Status}.");

        await executive.GetByRole(AriaRole.Link, new() { Name = "Verantwoording AI-verordening van dit systeem" }).ClickAsync();
        await Expect(executive.Locator("h1")).ToHaveTextAsync("Verantwoording gebruiksverantwoordelijke (AI-verordening): Rapportwijzer");
        await Expect(executive.Locator("table[data-table=deployer-duties]")).ToBeVisibleAsync();
        await executive.AssertNoViolationsAsync();

        await executive.GotoAsync($"/werkplek/{org}/rapporten");
        await Expect(executive.Locator("h1")).ToHaveTextAsync("Rapporten");
        await executive.AssertNoViolationsAsync();
        await executive.GetByRole(AriaRole.Link, new() { Name = "Bestuurssamenvatting: alle AI-systemen op een rij" }).ClickAsync();
        await Expect(executive.Locator("table[data-table=systems] tbody tr")).ToHaveCountAsync(1);
        await executive.AssertNoViolationsAsync();

        await executive.GotoAsync($"/werkplek/{org}/ai-systemen/{system}/rapporten/or-dossier?lang=en");
        await Expect(executive.Locator("h1")).ToHaveTextAsync("Works council file: Rapportwijzer");
        await executive.AssertNoViolationsAsync();
    }
}

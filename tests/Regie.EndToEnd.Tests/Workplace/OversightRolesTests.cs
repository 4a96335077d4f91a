using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace;

/// <summary>
/// The roles that decide and that watch, in a real browser: the executive sees what still blocks a pilot (the
/// before-use duties), and a works council member reads the audit log with its intact chain and its CSV export.
/// Every page is scanned with axe-core (WCAG 2.1 AA).
/// </summary>
public sealed class OversightRolesTests(AtlasSite site)
{
    [Fact]
    public async Task The_executive_sees_what_blocks_the_pilot_and_the_works_council_reads_the_audit_log()
    {
        var executive = await site.NewPageAsync();
        await Workspace.SignUpAsync(executive, "Bea Bestuurder");
        var (org, _) = await Workspace.CreateOrganisationAsync(executive);
        await Workspace.TakeRolesAsync(executive, org, "OrgAdmin, SystemOwner, Executive");
        var system = await Workspace.RegisterScreenedSystemAsync(executive, org, "Taakverdeler");
        foreach (var step in new[] { "ImpactAssessment", "Consultation", "Decision", "Preparation" })
        {
            await Workspace.MoveAsync(executive, org, system, step);
        }

        await executive.GotoAsync($"/werkplek/{org}/ai-systemen/{system}");
        var pilot = executive.Locator("[data-move=Pilot]");
        await Expect(pilot.Locator("button")).ToBeDisabledAsync();
        await Expect(pilot.Locator("[data-gate=duty-open][data-subject=Art26_7InformWorkers]")).ToBeVisibleAsync();
        await Expect(pilot.Locator("[data-gate=duty-open][data-subject=Wor25AdviceRequest]")).ToBeVisibleAsync();
        await executive.AssertNoViolationsAsync();

        var council = await site.NewPageAsync();
        var email = await Workspace.SignUpAsync(council, "Olaf Ondernemingsraad");
        await Workspace.InviteAsync(executive, council, org, email, "WorksCouncil");
        await council.GotoAsync($"/werkplek/{org}/auditlog");
        await Expect(council.Locator("h1")).ToHaveTextAsync("Auditlog");
        await Expect(council.Locator("tr[data-sequence]").First).ToBeVisibleAsync();
        await Expect(council.Locator("a[download]")).ToHaveAttributeAsync("href", $"/api/orgs/{org}/audit.csv");
        await council.AssertNoViolationsAsync();
        var csv = await council.APIRequest.GetAsync($"/api/orgs/{org}/audit.csv");
        Assert.True(csv.Ok, $"The CSV export answered {csv.Status}.");
        Assert.StartsWith("sequence,at_utc,actor_id", (await csv.TextAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);

        await council.GotoAsync($"/werkplek/{org}/ai-systemen/{system}");
        await Expect(council.Locator("[data-move=Pilot] button")).ToBeDisabledAsync();
        await council.AssertNoViolationsAsync();
    }
}

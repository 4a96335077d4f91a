using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Accessibility;
using Regie.EndToEnd.Tests.Hosting;
using Regie.Workplace.People;

namespace Regie.EndToEnd.Tests.Workplace;

/// <summary>
/// A new user sets up an organisation in a real browser: signs up, creates the organisation, adds a worker group with
/// agency workers and creates a job profile from the shipped occupation data. Every page on the way, a page with form
/// errors included, is scanned with axe-core against WCAG 2.1 A and AA.
/// </summary>
public sealed partial class OrganisationSetupTests(AtlasSite site)
{
    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task A_new_user_sets_up_an_organisation_with_a_worker_group_and_a_job_profile(string language)
    {
        var text = new WorkplaceText(language);
        var page = await site.NewPageAsync();
        await page.GotoAsync($"/culture?c={language}&redirect=/account/registreren");
        await SignUpAsync(page, text);

        await page.GotoAsync("/werkplek");
        await Axe.AssertNoViolationsAsync(page); // my organisations (none yet)
        await page.GetByRole(AriaRole.Link, new() { Name = text["CreateOrganisationLink"], Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/werkplek/nieuw");
        await Axe.AssertNoViolationsAsync(page); // new organisation
        await FillOrganisationAsync(page, text, kvk: "1234");
        await page.GetByRole(AriaRole.Button, new() { Name = text["NewOrganisationButton"] }).ClickAsync();
        await page.Locator("#kvk-error").WaitForAsync();
        await Axe.AssertNoViolationsAsync(page); // new organisation with an error
        await page.GetByLabel(text["FieldKvk"]).FillAsync("12345678");
        await page.GetByRole(AriaRole.Button, new() { Name = text["NewOrganisationButton"] }).ClickAsync();
        await page.WaitForURLAsync(OverviewAddress());
        await Axe.AssertNoViolationsAsync(page); // organisation overview

        await page.GetByRole(AriaRole.Link, new() { Name = text["ShortcutStructure"], Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/structuur");
        await Axe.AssertNoViolationsAsync(page); // structure (empty)
        await page.GetByLabel(text["FieldGroupName"]).FillAsync("Orderpickers");
        await page.GetByLabel(text["Contract_Employee"], new() { Exact = true }).CheckAsync();
        await page.GetByLabel(text["Contract_Agency"], new() { Exact = true }).CheckAsync();
        await page.GetByLabel(text["Headcount_From10To49"], new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = text["AddGroupButton"] }).ClickAsync();
        await page.WaitForURLAsync("**/structuur#groepen");
        var groups = await page.Locator("table[data-table=worker-groups]").InnerTextAsync();
        await Axe.AssertNoViolationsAsync(page); // structure with a worker group

        await page.GotoAsync(page.Url.Replace("/structuur#groepen", "/functies/nieuw", StringComparison.Ordinal));
        await Axe.AssertNoViolationsAsync(page); // new job profile, step 1
        await page.GetByRole(AriaRole.Searchbox, new() { Name = text["SearchOccupationLabel"] }).FillAsync("kantoorbediende");
        await page.GetByRole(AriaRole.Button, new() { Name = text["SearchButton"] }).ClickAsync();
        await page.Locator("[data-field=occupation-matches]").WaitForAsync();
        await Axe.AssertNoViolationsAsync(page); // occupation search results
        await page.Locator("a[href*='isco=4110']").First.ClickAsync();
        await page.WaitForURLAsync("**isco=4110**");
        await Axe.AssertNoViolationsAsync(page); // new job profile, step 2
        await page.GetByLabel(text["FieldJobTitle"]).FillAsync("Medewerker backoffice");
        await page.GetByLabel(text["FieldWorkerGroup"]).SelectOptionAsync(new SelectOptionValue { Label = "Orderpickers" });
        await page.GetByRole(AriaRole.Button, new() { Name = text["CreateJobProfileButton"] }).ClickAsync();
        await page.WaitForURLAsync(ProfileAddress());
        var tasks = await page.Locator("table[data-table=tasks] tbody tr").CountAsync();
        await Axe.AssertNoViolationsAsync(page); // job profile
        var editFirst = $"{text["EditTask"]} {string.Format(System.Globalization.CultureInfo.InvariantCulture, text["TaskNumber"], 1)}";
        await page.GetByRole(AriaRole.Link, new() { Name = editFirst, Exact = true }).ClickAsync();
        await page.Locator("table[data-table=tasks] textarea").WaitForAsync();
        await Axe.AssertNoViolationsAsync(page); // job profile with a task being edited

        Assert.Contains(text["Contract_Agency"], groups, StringComparison.Ordinal);
        Assert.Equal("Medewerker backoffice", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("Orderpickers", await page.Locator("[data-field=worker-group]").InnerTextAsync());
        Assert.True(tasks > 0, "The job profile starts with the ILO tasks of ISCO-08 4110.");
    }

    [Fact]
    public async Task The_people_settings_and_invitation_pages_have_no_WCAG_21_AA_violations()
    {
        var text = new WorkplaceText("nl");
        var page = await site.NewPageAsync();
        await page.GotoAsync("/account/registreren");
        await SignUpAsync(page, text);
        await page.GotoAsync("/werkplek/nieuw");
        await FillOrganisationAsync(page, text, kvk: "87654321");
        await page.GetByRole(AriaRole.Button, new() { Name = text["NewOrganisationButton"] }).ClickAsync();
        await page.WaitForURLAsync(OverviewAddress());
        var overview = page.Url;

        await page.GotoAsync($"{overview}/instellingen");
        await Axe.AssertNoViolationsAsync(page); // settings
        await page.GotoAsync($"{overview}/mensen/uitnodigen");
        await page.GetByLabel(text["FieldInviteEmail"]).FillAsync($"collega-{Guid.NewGuid():N}@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = text["InviteButton"] }).ClickAsync();
        await page.Locator("#invite-roles-error").WaitForAsync();
        await Axe.AssertNoViolationsAsync(page); // invite page with an error
        await page.GetByLabel(RoleNames.Of(Role.Employee, "nl"), new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = text["InviteButton"] }).ClickAsync();
        var link = await page.Locator("[data-field=invitation-link]").InnerTextAsync();
        await Axe.AssertNoViolationsAsync(page); // invite page with the link
        await page.GotoAsync($"{overview}/mensen");
        await Axe.AssertNoViolationsAsync(page); // people with an open invitation
        await page.GetByRole(AriaRole.Link, new() { Name = text["ChangeRolesLink"] }).First.ClickAsync();
        await Axe.AssertNoViolationsAsync(page); // people with the roles form
        await page.GetByRole(AriaRole.Link, new() { Name = text["RemoveMemberLink"] }).First.ClickAsync();
        await Axe.AssertNoViolationsAsync(page); // people with the removal question
        var visitor = await site.NewPageAsync();
        await visitor.GotoAsync(new Uri(link).PathAndQuery);
        await Axe.AssertNoViolationsAsync(visitor); // invitation, signed out

        Assert.StartsWith(site.Address.ToString().TrimEnd('/') + "/uitnodiging/", link, StringComparison.Ordinal);
    }

    private static async Task SignUpAsync(IPage page, WorkplaceText text)
    {
        await page.GetByLabel(text.AccountText("DisplayNameLabel")).FillAsync("Ilse Jansen");
        await page.GetByLabel(text.AccountText("EmailLabel")).FillAsync($"e2e-{Guid.NewGuid():N}@example.org");
        await page.GetByLabel(text.AccountText("PasswordLabel"), new() { Exact = true }).FillAsync("een lange zin als wachtwoord");
        await page.GetByLabel(text.AccountText("ConfirmPasswordLabel")).FillAsync("een lange zin als wachtwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = text.AccountText("RegisterButton") }).ClickAsync();
        await page.WaitForURLAsync("**/account");
    }

    private static async Task FillOrganisationAsync(IPage page, WorkplaceText text, string kvk)
    {
        await page.GetByLabel(text["FieldName"]).FillAsync("Distributiecentrum Oost");
        await page.GetByLabel(text["FieldKvk"]).FillAsync(kvk);
        await page.GetByLabel(text["FieldSector"]).SelectOptionAsync("H");
        await page.GetByLabel(text["Size_From50To249"], new() { Exact = true }).CheckAsync();
    }

    [GeneratedRegex("/werkplek/[0-9a-f-]{36}$")]
    private static partial Regex OverviewAddress();

    [GeneratedRegex("/werkplek/[0-9a-f-]{36}/functies/[0-9a-f-]{36}$")]
    private static partial Regex ProfileAddress();
}

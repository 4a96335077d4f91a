using System.Net;

using Regie.Web.Tests.Account;

namespace Regie.Web.Tests.Workplace;

[Collection(WorkplacePagesCollection.Name)]
public sealed class OrganisationPagesTests(AccountHost host)
{
    [Fact]
    public async Task I_can_create_an_organisation_through_the_form_and_land_on_its_overview()
    {
        using var browser = host.Browser();
        await browser.SignUpAsync();

        var id = await browser.CreateOrganisationAsync("Bakkerij De Korenschoof");
        var overview = await browser.GetStringAsync($"/werkplek/{id}");
        var mine = await browser.GetStringAsync("/werkplek");

        Assert.Contains("<h1 class=\"utrecht-heading-1\">Bakkerij De Korenschoof</h1>", overview, StringComparison.Ordinal);
        Assert.Contains("<dd data-field=\"kvk\">12345678</dd>", overview, StringComparison.Ordinal);
        Assert.Contains("<dd data-field=\"sector\">C &#x2013; Industrie</dd>", overview, StringComparison.Ordinal);
        Assert.Contains("<dd data-field=\"works-council\">Ja</dd>", overview, StringComparison.Ordinal);
        Assert.Contains($"href=\"/werkplek/{id}\">Bakkerij De Korenschoof</a>", mine, StringComparison.Ordinal);
        Assert.Contains("<td class=\"utrecht-table__cell\">Beheerder organisatie</td>", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_KvK_number_is_refused_beside_its_field_and_what_was_typed_stays()
    {
        using var browser = host.Browser();
        await browser.SignUpAsync();

        using var response = await browser.SubmitAsync("/werkplek/nieuw", "new-organisation", WorkplaceSteps.Organisation("Zorggroep Het Anker", kvk: "1234-567"));
        var page = await AccountClient.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<div class=\"utrecht-form-field-error-message\" id=\"kvk-error\">Een KvK-nummer bestaat uit precies 8 cijfers, bijvoorbeeld 12345678.</div>", page, StringComparison.Ordinal);
        Assert.Matches("<input id=\"kvk\"[^>]*aria-describedby=\"kvk-description kvk-error\"", page);
        Assert.Matches("<input id=\"kvk\"[^>]*value=\"1234-567\"", page);
        Assert.Matches("<input id=\"name\"[^>]*value=\"Zorggroep Het Anker\"", page);
        Assert.Contains("<option value=\"C\" selected>", page, StringComparison.Ordinal);
        Assert.Matches("<input type=\"radio\" id=\"size-from50to249\" name=\"Input.Size\" value=\"From50To249\" checked", page);
        Assert.Empty(await MineAsync(browser));
    }

    [Fact]
    public async Task Missing_answers_are_each_named_beside_their_field()
    {
        using var browser = host.Browser();
        await browser.SignUpAsync();

        using var response = await browser.SubmitAsync("/werkplek/nieuw", "new-organisation", new Dictionary<string, string> { ["Input.Name"] = "" });
        var page = await AccountClient.ReadAsync(response);

        Assert.Contains("id=\"name-error\">Vul de naam van de organisatie in (hoogstens 200 tekens).</div>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"sbi-error\">Kies de sector waarin de organisatie vooral werkt.</div>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"size-error\">Kies hoeveel mensen er in de organisatie werken.</div>", page, StringComparison.Ordinal);
        Assert.Contains("<fieldset class=\"utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset\" id=\"size\" aria-describedby=\"size-description size-error\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in_and_back()
    {
        using var browser = host.Browser();

        using var response = await browser.GetAsync("/werkplek");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/aanmelden?returnUrl=%2Fwerkplek", response.Target());
    }

    [Fact]
    public async Task The_administrator_changes_the_organisation_in_the_settings()
    {
        using var browser = host.Browser();
        await browser.SignUpAsync();
        var id = await browser.CreateOrganisationAsync("Fietsenmaker Wiel");
        var fields = WorkplaceSteps.Organisation("Fietsenmakerij Wiel & Zn.", kvk: "8765 4321", sector: "G", size: "From10To49");
        fields["Input.WorksCouncil"] = "no";

        using var saved = await browser.SubmitAsync($"/werkplek/{id}/instellingen", "organisation-settings", fields);
        var settings = await browser.GetStringAsync(saved.Target());
        var overview = await browser.GetStringAsync($"/werkplek/{id}");

        Assert.Equal($"/werkplek/{id}/instellingen?opgeslagen=true", saved.Target());
        Assert.Contains("De gegevens van de organisatie zijn opgeslagen.", settings, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Fietsenmakerij Wiel &amp; Zn.</h1>", overview, StringComparison.Ordinal);
        Assert.Contains("<dd data-field=\"kvk\">87654321</dd>", overview, StringComparison.Ordinal);
        Assert.Contains("<dd data-field=\"works-council\">Nee</dd>", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_explains_the_members_roles_and_what_they_allow()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var id = await admin.CreateOrganisationAsync("Gemeentewerf Noord");
        using var councillor = await host.JoinAsync(admin, id, "Ria de Boer", "WorksCouncil");

        var overview = await councillor.GetStringAsync($"/werkplek/{id}");

        Assert.Contains("<dt>Lid ondernemingsraad</dt>", overview, StringComparison.Ordinal);
        Assert.Contains("het auditlog lezen: wie wat wanneer veranderde", overview, StringComparison.Ordinal);
        Assert.Contains("het volledige AI-register bekijken, met screenings en verplichtingen", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("mensen uitnodigen, rollen wijzigen en leden verwijderen", overview, StringComparison.Ordinal);
        Assert.Contains($"href=\"/werkplek/{id}/auditlog\"", overview, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/werkplek/{id}/mensen\"", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_speak_English_when_chosen()
    {
        using var browser = host.Browser();
        await browser.SignUpAsync();
        var id = await browser.CreateOrganisationAsync("Dairy Farm Ltd");

        var overview = await browser.GetStringAsync($"/werkplek/{id}?lang=en");
        var form = await browser.GetStringAsync("/werkplek/nieuw?lang=en");

        Assert.Contains("<dt>Organisation administrator</dt>", overview, StringComparison.Ordinal);
        Assert.Contains("<dd data-field=\"sector\">C &#x2013; Manufacturing</dd>", overview, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Create an organisation</h1>", form, StringComparison.Ordinal);
        Assert.Contains("A works council is required (Works Councils Act, article 2).", form, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<string>> MineAsync(AccountClient browser)
    {
        var page = await browser.GetStringAsync("/werkplek");
        return [.. System.Text.RegularExpressions.Regex.Matches(page, "href=\"/werkplek/[0-9a-f-]{36}\"").Select(m => m.Value)];
    }
}

using System.Net;
using System.Text.RegularExpressions;

using Regie.Web.Tests.Account;

namespace Regie.Web.Tests.Workplace;

[Collection(WorkplacePagesCollection.Name)]
public sealed class StructurePagesTests(AccountHost host)
{
    [Fact]
    public async Task The_administrator_adds_a_unit_and_a_worker_group_with_agency_workers()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var id = await admin.CreateOrganisationAsync("Distributiecentrum Oost");
        var structure = $"/werkplek/{id}/structuur";

        using var unitAdded = await admin.SubmitAsync(structure, "add-unit", new Dictionary<string, string> { ["Input.Name"] = "Magazijn", ["Input.ParentId"] = "" });
        var unitId = Regex.Match(await admin.GetStringAsync(structure), "<option value=\"([0-9a-f-]{36})\">Magazijn</option>").Groups[1].Value;
        using var groupAdded = await admin.SubmitAsync(structure, "add-worker-group",
        [
            new("Input.Name", "Orderpickers"),
            new("Input.OrgUnitId", unitId),
            new("Input.ContractTypes", "Employee"),
            new("Input.ContractTypes", "Agency"),
            new("Input.Headcount", "From50To249"),
            new("Input.Location", "Tilburg"),
        ]);
        var page = await admin.GetStringAsync(structure);

        Assert.Equal($"{structure}#eenheden", unitAdded.Target());
        Assert.Equal($"{structure}#groepen", groupAdded.Target());
        Assert.Contains("<th class=\"utrecht-table__header-cell\" scope=\"row\">Magazijn</th>", page, StringComparison.Ordinal);
        Assert.Matches(
            "<th class=\"utrecht-table__header-cell\" scope=\"row\">Orderpickers</th>\\s*<td class=\"utrecht-table__cell\">Magazijn</td>\\s*"
            + "<td class=\"utrecht-table__cell\">In loondienst, Uitzendkrachten</td>\\s*<td class=\"utrecht-table__cell\">50 tot 250</td>\\s*"
            + "<td class=\"utrecht-table__cell\">Tilburg</td>", page);
    }

    [Fact]
    public async Task A_worker_group_without_answers_gets_a_message_beside_each_field()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var id = await admin.CreateOrganisationAsync("Schoonmaakbedrijf Glans");

        using var response = await admin.SubmitAsync($"/werkplek/{id}/structuur", "add-worker-group", new Dictionary<string, string> { ["Input.Name"] = "Ploeg A" });
        var page = await AccountClient.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"group-contracts-error\">Kies ten minste &#xE9;&#xE9;n soort arbeidsrelatie.</div>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"group-headcount-error\">Kies hoeveel mensen er ongeveer in de groep werken.</div>", page, StringComparison.Ordinal);
        Assert.Matches("<input id=\"group-name\"[^>]*value=\"Ploeg A\"", page);
    }

    [Fact]
    public async Task A_unit_name_that_is_taken_is_refused()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var id = await admin.CreateOrganisationAsync("Bibliotheek Rivierenland");
        var unit = new Dictionary<string, string> { ["Input.Name"] = "Uitleen" };
        using var first = await admin.SubmitAsync($"/werkplek/{id}/structuur", "add-unit", unit);

        using var second = await admin.SubmitAsync($"/werkplek/{id}/structuur", "add-unit", unit);
        var page = await AccountClient.ReadAsync(second);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("id=\"unit-name-error\">Vul een naam in van hoogstens 200 tekens die nog geen andere eenheid heeft.</div>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_who_may_only_view_sees_the_structure_without_forms()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var id = await admin.CreateOrganisationAsync("Waterschap De Dijk");
        using var auditor = await host.JoinAsync(admin, id, "Kees Controle", "Auditor");

        var page = await auditor.GetStringAsync($"/werkplek/{id}/structuur");

        Assert.Contains("<h1 class=\"utrecht-heading-1\">Eenheden en groepen medewerkers</h1>", page, StringComparison.Ordinal);
        Assert.False(WorkplaceSteps.HasForm(page, "add-unit"));
        Assert.False(WorkplaceSteps.HasForm(page, "add-worker-group"));
    }
}

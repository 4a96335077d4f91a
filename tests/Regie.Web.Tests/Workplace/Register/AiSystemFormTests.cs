using System.Net;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Register;

[Collection(RegisterPagesCollection.Name)]
public sealed class AiSystemFormTests(RegisterHost host)
{
    [Fact]
    public async Task A_system_owner_registers_a_system_and_sees_it_in_the_register()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner);
        var owner = team[Role.SystemOwner];

        var location = await owner.SubmitAndFollowAsync(Steps.NewSystem(team.Id), "ai-system", Steps.RosterAssistant(team.WorkerGroupId));
        var page = await owner.PageAsync(location);
        var list = await owner.PageAsync(Steps.Systems(team.Id));

        Assert.Matches($"^/werkplek/{team.Id}/ai-systemen/[0-9a-f-]{{36}}\\?melding=opgeslagen$", location);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Roosterassistent</h1>", page, StringComparison.Ordinal);
        Assert.Contains("De gegevens zijn opgeslagen.", page, StringComparison.Ordinal);
        Assert.Contains("<dd data-field=\"decision-types\">Taken verdelen, Roosters maken</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd data-field=\"worker-groups\">Planners</dd>", page, StringComparison.Ordinal);
        Assert.Contains("WOR art. 27 lid 1 sub l", page, StringComparison.Ordinal);
        Assert.Contains(">Roosterassistent</a></th>", list, StringComparison.Ordinal);
        Assert.Contains("Ja: instemming OR nodig", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_messages_beside_the_fields_and_what_was_typed_is_kept()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner);
        var fields = Steps.RosterAssistant(team.WorkerGroupId);
        fields.RemoveAll(f => f.Key is "Name" or "Provider");
        fields.Add(new("Name", "   "));
        fields.Add(new("Provider", new string('x', 201)));

        var (status, page) = await team[Role.SystemOwner].SubmitForPageAsync(Steps.NewSystem(team.Id), "ai-system", fields);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<div class=\"utrecht-form-field-error-message\" id=\"name-error\">Vul de naam van het systeem in (hoogstens 200 tekens).</div>", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"utrecht-form-field-error-message\" id=\"provider-error\">Vul de leverancier in (hoogstens 200 tekens).</div>", page, StringComparison.Ordinal);
        Assert.Matches("<input id=\"name\"[^>]*aria-describedby=\"name-error\"[^>]*aria-invalid=\"true\"", page);
        Assert.Contains($"href=\"/werkplek/{team.Id}/ai-systemen/nieuw#name\"", page, StringComparison.Ordinal);
        Assert.Contains("Maakt elke week een voorstel voor het rooster op basis van de verwachte drukte.</textarea>", page, StringComparison.Ordinal);
        Assert.Matches("value=\"Scheduling\" checked", page);
        Assert.Matches($"value=\"{team.WorkerGroupId}\" checked", page);
    }

    [Fact]
    public async Task Editing_shows_the_stored_values_and_saves_the_changes()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner);
        var owner = team[Role.SystemOwner];
        var id = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId);
        var edit = $"/werkplek/{team.Id}/ai-systemen/{id}/bewerken";
        var form = await owner.PageAsync(edit);
        var fields = Steps.RosterAssistant(team.WorkerGroupId, "Roosterassistent 2");
        fields.RemoveAll(f => f.Key is "MonitoringCapable" or "WorkerGroupIds");

        var location = await owner.SubmitAndFollowAsync(edit, "ai-system", fields);
        var page = await owner.PageAsync(location);

        Assert.Contains("<h1 class=\"utrecht-heading-1\">Roosterassistent bewerken</h1>", form, StringComparison.Ordinal);
        Assert.Contains("value=\"Roosterassistent\"", form, StringComparison.Ordinal);
        Assert.Matches("id=\"monitoring-capable\"[^>]*checked", form);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Roosterassistent 2</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<dd data-field=\"monitoring\">Nee</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd data-field=\"worker-groups\">Geen gekozen</dd>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Employee)]
    [InlineData(Role.WorksCouncil)]
    public async Task Members_whose_roles_do_not_edit_the_register_are_refused_the_form(Role role)
    {
        using var team = await Team.CreateAsync(host, role);

        using var response = await team[role].GetAsync(Steps.NewSystem(team.Id));
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Uw rollen in deze organisatie geven geen toegang tot deze pagina of actie.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"_handler\" value=\"ai-system\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_list_offers_registering_only_to_system_owners_and_filters_by_step()
    {
        using var team = await Team.CreateAsync(host, Role.SystemOwner, Role.WorksCouncil);
        var owner = team[Role.SystemOwner];
        var first = await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId, "Eerste systeem");
        await owner.RegisterSystemAsync(team.Id, team.WorkerGroupId, "Tweede systeem");
        await owner.MoveAsync(team.Id, first, "Intake");

        var ownerList = await owner.PageAsync(Steps.Systems(team.Id));
        var councilList = await team[Role.WorksCouncil].PageAsync(Steps.Systems(team.Id) + "?status=Intake");

        Assert.Contains($"href=\"/werkplek/{team.Id}/ai-systemen/nieuw\"", ownerList, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/werkplek/{team.Id}/ai-systemen/nieuw\"", councilList, StringComparison.Ordinal);
        Assert.Contains(">Eerste systeem</a>", councilList, StringComparison.Ordinal);
        Assert.DoesNotContain(">Tweede systeem</a>", councilList, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Intake\" selected", councilList, StringComparison.Ordinal);
    }
}

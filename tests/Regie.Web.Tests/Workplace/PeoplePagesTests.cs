using System.Net;
using System.Text.RegularExpressions;

using Regie.Web.Tests.Account;

namespace Regie.Web.Tests.Workplace;

[Collection(WorkplacePagesCollection.Name)]
public sealed partial class PeoplePagesTests(AccountHost host)
{
    [Fact]
    public async Task An_invitation_is_mailed_shown_once_and_its_link_makes_a_second_account_a_member()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync("Anna Admin");
        var id = await admin.CreateOrganisationAsync("Kinderopvang Het Nest");
        var email = WorkplaceSteps.NewEmail();

        var sent = await admin.InviteAsync(id, email, "Employee", "Overseer");
        var mail = Assert.Single(await host.MailsToAsync(email));
        var link = mail.InvitationLink();
        using var colleague = host.Browser();
        var signedOut = await colleague.GetStringAsync(link);
        await colleague.SignUpAsync("Carla Collega", email);
        using var accepted = await colleague.SubmitAsync(link, "accept-invitation", []);
        var overview = await colleague.GetStringAsync(accepted.Target());
        var people = await admin.GetStringAsync($"/werkplek/{id}/mensen");

        Assert.Contains($"De uitnodiging is verstuurd naar {email}.", sent, StringComparison.Ordinal);
        Assert.Contains($"data-field=\"invitation-link\">http://localhost{link}</code>", sent, StringComparison.Ordinal);
        Assert.Equal("Uitnodiging voor Kinderopvang Het Nest in Regie", mail.Subject);
        Assert.Contains($"href=\"/account/aanmelden?returnUrl={Uri.EscapeDataString(link)}\"", signedOut, StringComparison.Ordinal);
        Assert.Equal($"/werkplek/{id}", accepted.Target());
        Assert.Contains("<dt>Menselijk toezichthouder</dt>", overview, StringComparison.Ordinal);
        Assert.Matches("<th class=\"utrecht-table__header-cell\" scope=\"row\">Carla Collega</th>\\s*<td[^>]*>" + Regex.Escape(email) + "</td>\\s*<td[^>]*>Menselijk toezichthouder, Medewerker</td>", people);
        Assert.Contains("Er zijn geen open uitnodigingen.", people, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_used_invitation_link_says_clearly_that_it_no_longer_works()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var id = await admin.CreateOrganisationAsync("Bouwbedrijf Stevig");
        var email = WorkplaceSteps.NewEmail();
        await admin.InviteAsync(id, email, "Employee");
        var link = Assert.Single(await host.MailsToAsync(email)).InvitationLink();
        using var first = host.Browser();
        await first.SignUpAsync("Eerste", email);
        using var accepted = await first.SubmitAsync(link, "accept-invitation", []);
        using var second = host.Browser();
        await second.SignUpAsync("Tweede");

        using var refused = await second.SubmitAsync(link, "accept-invitation", []);
        var page = await AccountClient.ReadAsync(refused);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains("Deze uitnodiging werkt niet (meer): de link is al gebruikt, ingetrokken of verlopen", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forwarded_invitation_link_does_not_let_another_account_in()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var id = await admin.CreateOrganisationAsync("Accountantskantoor Telling");
        var email = WorkplaceSteps.NewEmail();
        await admin.InviteAsync(id, email, "Auditor");
        var link = Assert.Single(await host.MailsToAsync(email)).InvitationLink();
        using var stranger = host.Browser();
        await stranger.SignUpAsync("Iemand Anders");

        using var refused = await stranger.SubmitAsync(link, "accept-invitation", []);
        var page = await AccountClient.ReadAsync(refused);
        using var organisation = await stranger.GetAsync($"/werkplek/{id}");

        Assert.Contains("Deze uitnodiging is gestuurd naar een ander e-mailadres dan dat van uw account.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, organisation.StatusCode);
    }

    [Fact]
    public async Task An_employee_sees_neither_the_invite_form_nor_the_settings_and_gets_403_there()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var id = await admin.CreateOrganisationAsync("Supermarkt De Hoek");
        using var employee = await host.JoinAsync(admin, id, "Eva Medewerker", "Employee");

        var overview = await employee.GetStringAsync($"/werkplek/{id}");
        using var settings = await employee.GetAsync($"/werkplek/{id}/instellingen");
        var settingsPage = await AccountClient.ReadAsync(settings);
        using var invite = await employee.GetAsync($"/werkplek/{id}/mensen/uitnodigen");
        using var people = await employee.GetAsync($"/werkplek/{id}/mensen");

        Assert.DoesNotContain($"href=\"/werkplek/{id}/instellingen\"", overview, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/werkplek/{id}/mensen", overview, StringComparison.Ordinal);
        Assert.False(WorkplaceSteps.HasForm(overview, "invite"));
        Assert.Equal(HttpStatusCode.Forbidden, settings.StatusCode);
        Assert.Contains("Uw rollen in deze organisatie geven geen toegang tot deze pagina.", settingsPage, StringComparison.Ordinal);
        Assert.False(WorkplaceSteps.HasForm(settingsPage, "organisation-settings"));
        Assert.Equal(HttpStatusCode.Forbidden, invite.StatusCode);
        Assert.False(WorkplaceSteps.HasForm(await AccountClient.ReadAsync(invite), "invite"));
        Assert.Equal(HttpStatusCode.Forbidden, people.StatusCode);
    }

    [Fact]
    public async Task Posting_the_settings_form_without_the_right_changes_nothing()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var id = await admin.CreateOrganisationAsync("Hotel Zeezicht");
        var adminSettings = await admin.GetStringAsync($"/werkplek/{id}/instellingen");
        using var employee = await host.JoinAsync(admin, id, "Sam Medewerker", "Employee");

        using var response = await employee.PostWithTokenFromAsync($"/werkplek/{id}", $"/werkplek/{id}/instellingen", "organisation-settings", WorkplaceSteps.Organisation("Overgenomen"));
        var overview = await admin.GetStringAsync($"/werkplek/{id}");

        Assert.NotEmpty(adminSettings);
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Hotel Zeezicht</h1>", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_administrator_cannot_give_up_the_role_and_is_told_why()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync("Alleen Beheerder");
        var id = await admin.CreateOrganisationAsync("Eenmanszaak Solo");
        var people = await admin.GetStringAsync($"/werkplek/{id}/mensen");
        var memberId = MemberLink().Match(people).Groups[1].Value;

        using var response = await admin.SubmitAsync($"/werkplek/{id}/mensen?rollen={memberId}", "member-roles",
            new Dictionary<string, string> { ["Input.MemberId"] = memberId, ["Input.Roles"] = "Employee" });
        var page = await AccountClient.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Een organisatie heeft altijd minstens &#xE9;&#xE9;n beheerder.", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"utrecht-table__cell\">Beheerder organisatie</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_administrator_changes_a_members_roles_and_removes_a_member_after_confirming()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var id = await admin.CreateOrganisationAsync("Transportbedrijf Snel");
        using var colleague = await host.JoinAsync(admin, id, "Henk Chauffeur", "Employee");
        var memberId = MemberRow().Match(await admin.GetStringAsync($"/werkplek/{id}/mensen")).Groups[1].Value;

        using var changed = await admin.SubmitAsync($"/werkplek/{id}/mensen?rollen={memberId}", "member-roles",
        [
            new("Input.MemberId", memberId), new("Input.Roles", "Employee"), new("Input.Roles", "Overseer"),
        ]);
        var afterChange = await admin.GetStringAsync($"/werkplek/{id}/mensen");
        var confirmation = await admin.GetStringAsync($"/werkplek/{id}/mensen?verwijderen={memberId}");
        using var removed = await admin.SubmitAsync($"/werkplek/{id}/mensen?verwijderen={memberId}", "remove-member",
            new Dictionary<string, string> { ["Remove.Id"] = memberId });
        var afterRemoval = await admin.GetStringAsync($"/werkplek/{id}/mensen");
        using var gone = await colleague.GetAsync($"/werkplek/{id}");

        Assert.Equal($"/werkplek/{id}/mensen", changed.Target());
        Assert.Contains("<td class=\"utrecht-table__cell\">Menselijk toezichthouder, Medewerker</td>", afterChange, StringComparison.Ordinal);
        Assert.Contains("Henk Chauffeur verwijderen?", confirmation, StringComparison.Ordinal);
        Assert.Equal($"/werkplek/{id}/mensen", removed.Target());
        Assert.DoesNotContain("Henk Chauffeur", afterRemoval, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Inviting_a_member_again_is_refused_and_an_open_invitation_can_be_revoked()
    {
        using var admin = host.Browser();
        var adminEmail = await admin.SignUpAsync();
        var id = await admin.CreateOrganisationAsync("Advocatenkantoor Recht");
        var email = WorkplaceSteps.NewEmail();
        await admin.InviteAsync(id, email, "Reviewer");

        var again = await admin.InviteAsync(id, adminEmail, "Employee");
        var invitationId = RevokeButton().Match(await admin.GetStringAsync($"/werkplek/{id}/mensen")).Groups[1].Value;
        using var revoked = await admin.SubmitAsync($"/werkplek/{id}/mensen", "revoke-invitation", new Dictionary<string, string> { ["Revoke.Id"] = invitationId });
        var people = await admin.GetStringAsync($"/werkplek/{id}/mensen");

        Assert.Contains($"{adminEmail} is al lid van deze organisatie.", again, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.DoesNotContain(email, people, StringComparison.Ordinal);
    }

    [GeneratedRegex("\\?rollen=([0-9a-f-]{36})#rollen")]
    private static partial Regex MemberLink();

    [GeneratedRegex("id=\"lid-([0-9a-f-]{36})\">\\s*<th class=\"utrecht-table__header-cell\" scope=\"row\">Henk Chauffeur</th>")]
    private static partial Regex MemberRow();

    [GeneratedRegex("name=\"Revoke.Id\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex RevokeButton();
}

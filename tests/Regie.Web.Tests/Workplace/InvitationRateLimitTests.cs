using System.Net;

using Regie.Web.Tests.Account;

namespace Regie.Web.Tests.Workplace;

/// <summary>A host that lets an account send two invitations an hour.</summary>
public sealed class StrictInvitationHost() : AccountHost(new() { ["RateLimits:InvitationsPerHour"] = "2" });

public sealed class InvitationRateLimitTests(StrictInvitationHost host) : IClassFixture<StrictInvitationHost>
{
    [Fact]
    public async Task Sending_too_many_invitations_gets_a_429_page_while_other_changes_to_people_stay_free()
    {
        using var admin = host.Browser();
        await admin.SignUpAsync();
        var id = await admin.CreateOrganisationAsync("Uitzendbureau Vlot");
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var fields = new Dictionary<string, string> { ["Input.Email"] = WorkplaceSteps.NewEmail(), ["Input.Roles"] = "Employee" };
            using var response = await admin.SubmitAsync($"/werkplek/{id}/mensen/uitnodigen", "invite", fields);
            statuses.Add(response.StatusCode);
        }

        using var form = await admin.GetAsync($"/werkplek/{id}/mensen/uitnodigen");
        var people = await admin.GetStringAsync($"/werkplek/{id}/mensen");
        var invitationId = System.Text.RegularExpressions.Regex.Match(people, "name=\"Revoke.Id\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        using var revoked = await admin.SubmitAsync($"/werkplek/{id}/mensen", "revoke-invitation", new Dictionary<string, string> { ["Revoke.Id"] = invitationId });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
    }
}

using System.Net;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Register;

/// <summary>
/// An organisation set up the way people do it: everyone signs up on the sign-up page, the administrator creates the
/// organisation and a worker group through the API and invites each colleague with one role, and each accepts. Every
/// member has their own signed-in browser.
/// </summary>
internal sealed class Team : IDisposable
{
    private readonly Dictionary<Role, PageBrowser> _members;

    private Team(Guid id, Guid workerGroupId, Dictionary<Role, PageBrowser> members)
    {
        Id = id;
        WorkerGroupId = workerGroupId;
        _members = members;
    }

    public Guid Id { get; }

    /// <summary>The worker group "Planners".</summary>
    public Guid WorkerGroupId { get; }

    public PageBrowser this[Role role] => _members[role];

    public static string NameOf(Role role) => $"{role} Tester";

    /// <summary>An organisation of 50–249 people (so with a works council) and a member for each role given.</summary>
    public static async Task<Team> CreateAsync(RegisterHost host, params Role[] roles)
    {
        var (admin, _) = await SignUpAsync(host, NameOf(Role.OrgAdmin));
        var organisation = await admin.PostJsonAsync("/api/orgs",
            new { name = $"Testorganisatie {Guid.NewGuid():N}"[..30], kvkNumber = "12345678", sbiSection = "J", size = "From50To249" },
            HttpStatusCode.Created);
        var id = Guid.Parse(organisation["id"]!.GetValue<string>());
        var group = await admin.PostJsonAsync($"/api/orgs/{id}/worker-groups",
            new { name = "Planners", contractTypes = "Employee, Agency", headcount = "From10To49" });

        var members = new Dictionary<Role, PageBrowser> { [Role.OrgAdmin] = admin };
        foreach (var role in roles.Where(r => r != Role.OrgAdmin))
        {
            var member = await SignUpAsync(host, NameOf(role));
            var sent = await admin.PostJsonAsync($"/api/orgs/{id}/invitations", new { email = member.Email, roles = role.ToString() });
            var link = new Uri(sent["link"]!.GetValue<string>());
            await member.Browser.PostJsonAsync("/api/invitations/accept", new { token = link.Segments[^1] });
            members[role] = member.Browser;
        }

        return new Team(id, Guid.Parse(group["id"]!.GetValue<string>()), members);
    }

    private static async Task<(PageBrowser Browser, string Email)> SignUpAsync(RegisterHost host, string name)
    {
        var browser = host.NewBrowser();
        var email = $"{name.Split(' ')[0].ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        using var response = await browser.SubmitAsync("/account/registreren", "register",
        [
            new("Input.DisplayName", name), new("Input.Email", email),
            new("Input.Password", Account.Accounts.Password), new("Input.ConfirmPassword", Account.Accounts.Password),
        ]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing up {name} answered {(int)response.StatusCode}.");
        return (browser, email);
    }

    public void Dispose()
    {
        foreach (var browser in _members.Values)
        {
            browser.Dispose();
        }
    }
}

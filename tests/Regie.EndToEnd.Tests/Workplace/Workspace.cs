using System.Text.Json;
using Microsoft.Playwright;

namespace Regie.EndToEnd.Tests.Workplace;

/// <summary>
/// Setting up a workplace in the browser: signing up on the sign-up page, then the organisation and its people through
/// the JSON API with the browser's own session cookie (the organisation pages are tested on their own).
/// </summary>
internal static class Workspace
{
    private const string Password = "een lange zin als wachtwoord";

    /// <summary>Signs up on the sign-up page; the browser context is then signed in.</summary>
    public static async Task<string> SignUpAsync(IPage page, string name)
    {
        var email = $"{name.Split(' ')[0].ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await page.GotoAsync("/account/registreren");
        await page.Locator("#display-name").FillAsync(name);
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(Password);
        await page.Locator("#confirm-password").FillAsync(Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/account");
        return email;
    }

    /// <summary>Creates an organisation of 50–249 people with the worker group "Planners"; returns both ids.</summary>
    public static async Task<(Guid Organisation, Guid WorkerGroup)> CreateOrganisationAsync(IPage page)
    {
        var organisation = await PostAsync(page, "/api/orgs", new { name = "Voorbeeldzorg (fictief)", kvkNumber = "12345678", sbiSection = "Q", size = "From50To249" });
        var id = organisation.GetProperty("id").GetGuid();
        var group = await PostAsync(page, $"/api/orgs/{id}/worker-groups", new { name = "Planners", contractTypes = "Employee", headcount = "From10To49" });
        return (id, group.GetProperty("id").GetGuid());
    }

    /// <summary>Gives the signed-in administrator further roles, so one account can own systems and decide.</summary>
    public static async Task TakeRolesAsync(IPage page, Guid organisation, string roles)
    {
        var members = await SendAsync(page, HttpMethod.Get, $"/api/orgs/{organisation}/members", null);
        var me = members.EnumerateArray().Single().GetProperty("id").GetGuid();
        await SendAsync(page, HttpMethod.Put, $"/api/orgs/{organisation}/members/{me}/roles", new { roles });
    }

    /// <summary>Invites <paramref name="email"/> from <paramref name="admin"/>'s session and accepts from <paramref name="invitee"/>'s.</summary>
    public static async Task InviteAsync(IPage admin, IPage invitee, Guid organisation, string email, string roles)
    {
        var sent = await PostAsync(admin, $"/api/orgs/{organisation}/invitations", new { email, roles });
        var link = new Uri(sent.GetProperty("link").GetString()!); // the API returns the link once
        await PostAsync(invitee, "/api/invitations/accept", new { token = link.Segments[^1] });
    }

    /// <summary>Registers a system that allocates tasks, moves it to Screening and screens it high-risk (Annex III 4(b)), through the API.</summary>
    public static async Task<Guid> RegisterScreenedSystemAsync(IPage page, Guid organisation, string name)
    {
        var system = await PostAsync(page, $"/api/orgs/{organisation}/ai-systems",
            new { name, purpose = "Verdeelt taken over de dienst.", provider = "Voorbeeld Software B.V.", decisionTypes = "TaskAllocation" });
        var id = system.GetProperty("id").GetGuid();
        await MoveAsync(page, organisation, id, "Intake");
        await MoveAsync(page, organisation, id, "Screening");
        await PostAsync(page, $"/api/orgs/{organisation}/ai-systems/{id}/screenings",
            Regie.TestKit.Workplace.Answers.HighRisk());
        return id;
    }

    /// <summary>One lifecycle move through the API.</summary>
    public static Task<JsonElement> MoveAsync(IPage page, Guid organisation, Guid system, string to) =>
        PostAsync(page, $"/api/orgs/{organisation}/ai-systems/{system}/moves", new { to });

    private static Task<JsonElement> PostAsync(IPage page, string path, object body) => SendAsync(page, HttpMethod.Post, path, body);

    private static async Task<JsonElement> SendAsync(IPage page, HttpMethod method, string path, object? body)
    {
        var response = await page.APIRequest.FetchAsync(path, new APIRequestContextOptions { Method = method.Method, DataObject = body });
        var text = await response.TextAsync();
        Assert.True(response.Ok, $"{method} {path} answered {response.Status}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

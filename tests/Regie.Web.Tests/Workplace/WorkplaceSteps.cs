using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace Regie.Web.Tests.Workplace;

/// <summary>Steps the Workplace page tests share: an account, an organisation, reading redirects and mailed links.</summary>
internal static partial class WorkplaceSteps
{
    public const string Password = "een lange zin als wachtwoord";

    public static string NewEmail() => $"werkplek-{Guid.NewGuid():N}@example.org";

    /// <summary>Signs up through the page (which signs the new account in) and returns the address.</summary>
    public static async Task<string> SignUpAsync(this WorkplaceBrowser browser, string name = "Ilse Jansen", string? email = null)
    {
        email ??= NewEmail();
        using var response = await browser.SubmitAsync("/account/registreren", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing up answered {(int)response.StatusCode}:\n{await WorkplaceBrowser.ReadAsync(response)}");
        return email;
    }

    /// <summary>The fields of the new-organisation form, valid unless a test changes one.</summary>
    public static Dictionary<string, string> Organisation(string name = "Bakkerij De Korenschoof", string kvk = "12345678", string sector = "C", string size = "From50To249") => new()
    {
        ["Input.Name"] = name,
        ["Input.KvkNumber"] = kvk,
        ["Input.SbiSection"] = sector,
        ["Input.Size"] = size,
        ["Input.WorksCouncil"] = "law",
    };

    /// <summary>Creates an organisation through the form and returns its id, read from the redirect to its overview.</summary>
    public static async Task<Guid> CreateOrganisationAsync(this WorkplaceBrowser browser, string name = "Bakkerij De Korenschoof")
    {
        using var response = await browser.SubmitAsync("/werkplek/nieuw", "new-organisation", Organisation(name));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Creating answered {(int)response.StatusCode}:\n{await WorkplaceBrowser.ReadAsync(response)}");
        return Guid.Parse(OverviewPath().Match(response.Location()).Groups[1].Value);
    }

    /// <summary>Invites <paramref name="email"/> with <paramref name="roles"/> through the invite form and returns the answer page.</summary>
    public static async Task<string> InviteAsync(this WorkplaceBrowser admin, Guid organisation, string email, params string[] roles)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Input.Email", email) };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Input.Roles", r)));
        using var response = await admin.SubmitAsync($"/werkplek/{organisation}/mensen/uitnodigen", "invite", fields);
        var page = await WorkplaceBrowser.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Inviting answered {(int)response.StatusCode}:\n{page}");
        return page;
    }

    /// <summary>
    /// A colleague joins the way people do: the administrator invites, the colleague signs up and follows the link in
    /// the mail. Returns the colleague's browser, signed in.
    /// </summary>
    public static async Task<WorkplaceBrowser> JoinAsync(this WorkplaceHost host, WorkplaceBrowser admin, Guid organisation, string name, params string[] roles)
    {
        var email = NewEmail();
        await admin.InviteAsync(organisation, email, roles);
        var mail = Assert.Single(await host.MailsToAsync(email));
        var colleague = host.Browser();
        await colleague.SignUpAsync(name, email);
        using var accepted = await colleague.SubmitAsync(mail.LinkTo("/uitnodiging/"), "accept-invitation", []);
        Assert.Equal($"/werkplek/{organisation}", accepted.Location());
        return colleague;
    }

    /// <summary>Where a redirect points, as a site-relative address with its fragment.</summary>
    public static string Location(this HttpResponseMessage response) => response.Headers.Location switch
    {
        null => throw new InvalidOperationException($"No Location on a {(int)response.StatusCode} answer."),
        { IsAbsoluteUri: true } absolute => absolute.PathAndQuery + absolute.Fragment,
        var relative => relative.OriginalString,
    };

    /// <summary>The first link in a mail's text whose path starts with <paramref name="pathStart"/>, site-relative.</summary>
    public static string LinkTo(this MimeMessage mail, string pathStart)
    {
        var text = mail.TextBody ?? "";
        return Link().Matches(text).Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath.StartsWith(pathStart, StringComparison.Ordinal))?.PathAndQuery
            ?? throw new InvalidOperationException($"The mail has no link to {pathStart}:\n{text}");
    }

    [GeneratedRegex(@"^/werkplek/([0-9a-f-]{36})$")]
    private static partial Regex OverviewPath();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}

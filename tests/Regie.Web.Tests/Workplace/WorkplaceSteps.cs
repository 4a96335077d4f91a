using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using Regie.Web.Tests.Account;

namespace Regie.Web.Tests.Workplace;

/// <summary>
/// Steps the Workplace page tests share, on top of the account tests' browser: an account, an organisation, a
/// colleague who joins by invitation, reading redirects and mailed links, and looking for forms.
/// </summary>
internal static partial class WorkplaceSteps
{
    public static string NewEmail() => Account.Accounts.NewEmail();

    /// <summary>Signs up through the page (which signs the new account in) and returns the address.</summary>
    public static Task<string> SignUpAsync(this AccountClient browser, string name = "Ilse Jansen", string? email = null) =>
        browser.RegisterAsync(email, name);

    /// <summary>Whether the page offers the form named <paramref name="formName"/>.</summary>
    public static bool HasForm(string page, string formName) =>
        page.Contains($"name=\"_handler\" value=\"{WebUtility.HtmlEncode(formName)}\"", StringComparison.Ordinal);

    /// <summary>
    /// Posts a form the page at <paramref name="path"/> does not offer, as a forger would: with a valid antiforgery
    /// token from <paramref name="tokenPage"/> (the header's sign-out form has one), to check that it is refused.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithTokenFromAsync(
        this AccountClient browser, string tokenPage, string path, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = AccountClient.Token(AccountClient.Form(await browser.GetStringAsync(tokenPage), "sign-out"));
        return await browser.PostAsync(path, [.. fields, new("_handler", formName), new("__RequestVerificationToken", token)]);
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
    public static async Task<Guid> CreateOrganisationAsync(this AccountClient browser, string name = "Bakkerij De Korenschoof")
    {
        using var response = await browser.SubmitAsync("/werkplek/nieuw", "new-organisation", Organisation(name));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Creating answered {(int)response.StatusCode}:\n{await AccountClient.ReadAsync(response)}");
        return Guid.Parse(OverviewPath().Match(response.Target()).Groups[1].Value);
    }

    /// <summary>Invites <paramref name="email"/> with <paramref name="roles"/> through the invite form and returns the answer page.</summary>
    public static async Task<string> InviteAsync(this AccountClient admin, Guid organisation, string email, params string[] roles)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Input.Email", email) };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Input.Roles", r)));
        using var response = await admin.SubmitAsync($"/werkplek/{organisation}/mensen/uitnodigen", "invite", fields);
        var page = await AccountClient.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Inviting answered {(int)response.StatusCode}:\n{page}");
        return page;
    }

    /// <summary>
    /// A colleague joins the way people do: the administrator invites, the colleague signs up and follows the link in
    /// the mail. Returns the colleague's browser, signed in.
    /// </summary>
    public static async Task<AccountClient> JoinAsync(this AccountHost host, AccountClient admin, Guid organisation, string name, params string[] roles)
    {
        var email = NewEmail();
        await admin.InviteAsync(organisation, email, roles);
        var mail = Assert.Single(await host.MailsToAsync(email));
        var colleague = host.Browser();
        await colleague.SignUpAsync(name, email);
        using var accepted = await colleague.SubmitAsync(mail.InvitationLink(), "accept-invitation", []);
        Assert.Equal($"/werkplek/{organisation}", accepted.Target());
        return colleague;
    }

    /// <summary>Where a redirect points, as a site-relative address with its fragment (#…).</summary>
    public static string Target(this HttpResponseMessage response) => response.Headers.Location switch
    {
        null => throw new InvalidOperationException($"No Location on a {(int)response.StatusCode} answer."),
        { IsAbsoluteUri: true } absolute => absolute.PathAndQuery + absolute.Fragment,
        var relative => relative.OriginalString,
    };

    /// <summary>The accept link in an invitation mail, site-relative.</summary>
    public static string InvitationLink(this MimeMessage mail)
    {
        var text = mail.TextBody ?? "";
        return Link().Matches(text).Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath.StartsWith("/uitnodiging/", StringComparison.Ordinal))?.PathAndQuery
            ?? throw new InvalidOperationException($"The mail has no invitation link:\n{text}");
    }

    [GeneratedRegex(@"^/werkplek/([0-9a-f-]{36})$")]
    private static partial Regex OverviewPath();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}

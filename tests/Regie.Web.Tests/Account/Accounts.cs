using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace Regie.Web.Tests.Account;

/// <summary>Steps that many account tests share: a new user, signing in, reading a mailed link.</summary>
internal static partial class Accounts
{
    public const string Password = "een lange zin als wachtwoord";

    /// <summary>An e-mail address no other test uses.</summary>
    public static string NewEmail() => $"tester-{Guid.NewGuid():N}@example.org";

    public static Dictionary<string, string> Registration(string email, string password = Password, string name = "Tess Tester") => new()
    {
        ["Input.DisplayName"] = name,
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    public static Dictionary<string, string> Credentials(string email, string password = Password, bool rememberMe = false)
    {
        var fields = new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password };
        if (rememberMe)
        {
            fields["Input.RememberMe"] = "true";
        }

        return fields;
    }

    /// <summary>Registers through the page (which signs the new user in) and returns the address.</summary>
    public static async Task<string> RegisterAsync(this AccountClient browser, string? email = null, string name = "Tess Tester")
    {
        email ??= NewEmail();
        using var response = await browser.SubmitAsync("/account/registreren", "register", Registration(email, name: name));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Registering answered {(int)response.StatusCode}:\n{await AccountClient.ReadAsync(response)}");
        return email;
    }

    public static async Task<HttpResponseMessage> SignInAsync(this AccountClient browser, string email, string password = Password, string path = "/account/aanmelden") =>
        await browser.SubmitAsync(path, "sign-in", Credentials(email, password));

    public static async Task SignOutAsync(this AccountClient browser)
    {
        using var response = await browser.SubmitAsync("/account", "sign-out", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The first link in a mail's text that points at <paramref name="path"/>, as a site-relative address.</summary>
    public static string LinkTo(this MimeMessage mail, string path)
    {
        var text = mail.TextBody ?? "";
        var match = Link().Matches(text).Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath == path)
            ?? throw new InvalidOperationException($"The mail has no link to {path}:\n{text}");
        return match.PathAndQuery;
    }

    /// <summary>Where a redirect points, as a site-relative address.</summary>
    public static string Location(this HttpResponseMessage response) => response.Headers.Location switch
    {
        null => throw new InvalidOperationException($"No Location on a {(int)response.StatusCode} answer."),
        { IsAbsoluteUri: true } absolute => absolute.PathAndQuery,
        var relative => relative.OriginalString,
    };

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}

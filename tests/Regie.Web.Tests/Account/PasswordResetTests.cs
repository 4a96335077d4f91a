using System.Net;

namespace Regie.Web.Tests.Account;

public sealed class PasswordResetTests(AccountHost host) : IClassFixture<AccountHost>
{
    private const string NewPassword = "een heel ander nieuw wachtwoord";

    [Fact]
    public async Task I_can_choose_a_new_password_with_the_mailed_link()
    {
        using var browser = host.Browser();
        var email = await browser.RegisterAsync();
        await browser.SignOutAsync();

        using var asked = await browser.SubmitAsync("/account/wachtwoord-vergeten", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        var mail = (await host.MailsToAsync(email))[^1];
        var link = mail.LinkTo("/account/wachtwoord-herstellen");
        using var reset = await browser.SubmitAsync(link, "reset-password", Passwords(NewPassword));
        using var oldPassword = await browser.SignInAsync(email);
        using var newPassword = await browser.SignInAsync(email, NewPassword);

        Assert.Contains($"Als er een account is met het adres {email}", await AccountClient.ReadAsync(asked), StringComparison.Ordinal);
        Assert.Equal("Kies een nieuw wachtwoord voor Regie", mail.Subject);
        Assert.Contains("Uw nieuwe wachtwoord is opgeslagen.", await AccountClient.ReadAsync(reset), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        using var browser = host.Browser();
        var email = Accounts.NewEmail();

        using var asked = await browser.SubmitAsync("/account/wachtwoord-vergeten", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Contains($"Als er een account is met het adres {email}", await AccountClient.ReadAsync(asked), StringComparison.Ordinal);
        Assert.Empty(await host.MailsToAsync(email));
    }

    [Fact]
    public async Task A_link_works_only_once()
    {
        using var browser = host.Browser();
        var email = await browser.RegisterAsync();
        await browser.SignOutAsync();
        using var asked = await browser.SubmitAsync("/account/wachtwoord-vergeten", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        var link = (await host.MailsToAsync(email))[^1].LinkTo("/account/wachtwoord-herstellen");

        using var first = await browser.SubmitAsync(link, "reset-password", Passwords(NewPassword));
        using var second = await browser.SubmitAsync(link, "reset-password", Passwords("nog weer een ander wachtwoord"));

        Assert.Contains("Uw nieuwe wachtwoord is opgeslagen.", await AccountClient.ReadAsync(first), StringComparison.Ordinal);
        Assert.Contains("Deze link of code werkt niet (meer)", await AccountClient.ReadAsync(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_password_ends_a_lockout()
    {
        using var browser = host.Browser();
        var email = await browser.RegisterAsync();
        await browser.SignOutAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await browser.SignInAsync(email, "helemaal niet goed");
        }

        using var asked = await browser.SubmitAsync("/account/wachtwoord-vergeten", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        var link = (await host.MailsToAsync(email))[^1].LinkTo("/account/wachtwoord-herstellen");
        using var reset = await browser.SubmitAsync(link, "reset-password", Passwords(NewPassword));
        using var signIn = await browser.SignInAsync(email, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    private static Dictionary<string, string> Passwords(string password) => new()
    {
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };
}

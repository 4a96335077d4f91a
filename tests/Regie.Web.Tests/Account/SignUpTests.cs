using System.Net;

namespace Regie.Web.Tests.Account;

public sealed class SignUpTests(AccountHost host) : IClassFixture<AccountHost>
{
    [Fact]
    public async Task I_can_sign_up_and_reach_my_account_page()
    {
        using var browser = host.Browser();
        var email = Accounts.NewEmail();

        using var registered = await browser.SubmitAsync("/account/registreren", "register", Accounts.Registration(email, name: "Anna de Vries"));
        var account = await browser.GetStringAsync(registered.Location());

        Assert.Equal("/account", registered.Location());
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Mijn account</h1>", account, StringComparison.Ordinal);
        Assert.Contains("<dd data-field=\"display-name\">Anna de Vries</dd>", account, StringComparison.Ordinal);
        Assert.Contains(email, account, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/beveiliging\"", account, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_header_greets_a_signed_in_user_by_name_and_offers_sign_out()
    {
        using var browser = host.Browser();
        await browser.RegisterAsync(name: "Bram Bakker");

        var home = await browser.GetStringAsync("/");

        Assert.Contains(">Bram Bakker</a>", home, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"_handler\" value=\"sign-out\" />", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/account/aanmelden", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_up_mails_a_confirmation_link_that_confirms_the_address()
    {
        using var browser = host.Browser();
        var email = await browser.RegisterAsync();

        var mail = Assert.Single(await host.MailsToAsync(email));
        var confirmation = await browser.GetStringAsync(mail.LinkTo("/account/e-mail-bevestigen"));
        var account = await browser.GetStringAsync("/account");

        Assert.Equal("Bevestig uw e-mailadres voor Regie", mail.Subject);
        Assert.Contains("Uw e-mailadres is bevestigd.", confirmation, StringComparison.Ordinal);
        Assert.Contains("(bevestigd)", account, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_password_is_refused_with_the_message_beside_the_field()
    {
        using var browser = host.Browser();

        using var response = await browser.SubmitAsync("/account/registreren", "register", Accounts.Registration(Accounts.NewEmail(), "te kort"));
        var page = await AccountClient.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<div class=\"utrecht-form-field-error-message\" id=\"password-error\">Kies een wachtwoord van minstens 12 en hoogstens 256 tekens.</div>", page, StringComparison.Ordinal);
        Assert.Matches("<input id=\"password\"[^>]*aria-describedby=\"password-description password-error\"", page);
        Assert.Matches("<input id=\"password\"[^>]*aria-invalid=\"true\"", page);
    }

    [Fact]
    public async Task A_password_is_never_sent_back_into_the_page()
    {
        using var browser = host.Browser();
        var registration = Accounts.Registration("geen-adres", "een lange zin als wachtwoord");

        using var response = await browser.SubmitAsync("/account/registreren", "register", registration);
        var page = await AccountClient.ReadAsync(response);

        Assert.Contains("Vul een geldig e-mailadres in", page, StringComparison.Ordinal);
        Assert.DoesNotContain("een lange zin als wachtwoord", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_with_an_account_cannot_sign_up_again()
    {
        using var first = host.Browser();
        using var second = host.Browser();
        var email = await first.RegisterAsync();

        using var response = await second.SubmitAsync("/account/registreren", "register", Accounts.Registration(email));
        var page = await AccountClient.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Er is al een account met dit e-mailadres.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_up_page_speaks_English_when_chosen()
    {
        using var browser = host.Browser();

        using var response = await browser.SubmitAsync("/account/registreren?lang=en", "register", Accounts.Registration(Accounts.NewEmail(), "short"));
        var page = await AccountClient.ReadAsync(response);

        Assert.Contains("<h1 class=\"utrecht-heading-1\">Create an account</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Choose a password of at least 12 and at most 256 characters.", page, StringComparison.Ordinal);
    }
}

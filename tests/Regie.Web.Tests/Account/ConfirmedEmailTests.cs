using System.Net;

namespace Regie.Web.Tests.Account;

/// <summary>A host that requires a confirmed e-mail address before sign-in (for deployments with SMTP).</summary>
public sealed class ConfirmedEmailHost() : AccountHost(new() { ["Auth:RequireConfirmedEmail"] = "true" });

public sealed class ConfirmedEmailTests(ConfirmedEmailHost host) : IClassFixture<ConfirmedEmailHost>
{
    [Fact]
    public async Task Sign_in_waits_for_the_confirmation_link_when_confirmation_is_required()
    {
        using var browser = host.Browser();
        var email = Accounts.NewEmail();

        using var registered = await browser.SubmitAsync("/account/registreren", "register", Accounts.Registration(email));
        using var early = await browser.SignInAsync(email);
        var link = Assert.Single(await host.MailsToAsync(email)).LinkTo("/account/e-mail-bevestigen");
        await browser.GetStringAsync(link);
        using var confirmed = await browser.SignInAsync(email);

        Assert.Contains("We hebben een mail gestuurd naar", await AccountClient.ReadAsync(registered), StringComparison.Ordinal);
        Assert.Contains("bevestig eerst uw e-mailadres", await AccountClient.ReadAsync(early), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }
}

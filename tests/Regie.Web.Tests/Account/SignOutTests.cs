using System.Net;

namespace Regie.Web.Tests.Account;

public sealed class SignOutTests(AccountHost host) : IClassFixture<AccountHost>
{
    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var browser = host.Browser();
        await browser.RegisterAsync();

        using var signOut = await browser.SubmitAsync("/account", "sign-out", new Dictionary<string, string>());
        var after = await browser.GetStringAsync(signOut.Location());
        using var account = await browser.GetAsync("/account");

        Assert.Equal("/account/afmelden", signOut.Location());
        Assert.Contains("U bent afgemeld.", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }

    [Fact]
    public async Task Sessions_elsewhere_end_when_I_sign_out_everywhere()
    {
        using var browser = host.Browser();
        using var elsewhere = host.Browser();
        var email = await browser.RegisterAsync();
        using var other = await elsewhere.SignInAsync(email);
        using var before = await elsewhere.GetAsync("/account");

        using var everywhere = await browser.SubmitAsync("/account/beveiliging", "sign-out-everywhere", new Dictionary<string, string>());
        using var after = await elsewhere.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("/account/afmelden", everywhere.Location());
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_other_sessions_but_keeps_this_one()
    {
        using var here = host.Browser();
        using var elsewhere = host.Browser();
        var email = await here.RegisterAsync();
        using var other = await elsewhere.SignInAsync(email);

        using var changed = await here.SubmitAsync("/account/beveiliging", "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Accounts.Password,
            ["Input.NewPassword"] = "mijn nieuwe wachtwoordzin",
            ["Input.ConfirmPassword"] = "mijn nieuwe wachtwoordzin",
        });
        using var otherAfter = await elsewhere.GetAsync("/account");
        using var hereAfter = await here.GetAsync("/account");

        Assert.Contains("Uw wachtwoord is gewijzigd.", await AccountClient.ReadAsync(changed), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, otherAfter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hereAfter.StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_is_named_beside_its_field()
    {
        using var browser = host.Browser();
        await browser.RegisterAsync();

        using var response = await browser.SubmitAsync("/account/beveiliging", "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "dit is niet mijn wachtwoord",
            ["Input.NewPassword"] = "mijn nieuwe wachtwoordzin",
            ["Input.ConfirmPassword"] = "mijn nieuwe wachtwoordzin",
        });

        Assert.Contains("<div class=\"utrecht-form-field-error-message\" id=\"current-password-error\">Het huidige wachtwoord klopt niet.</div>", await AccountClient.ReadAsync(response), StringComparison.Ordinal);
    }
}

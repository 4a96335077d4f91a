using System.Net;

namespace Regie.Web.Tests.Account;

public sealed class SignInTests(AccountHost host) : IClassFixture<AccountHost>
{
    [Fact]
    public async Task A_page_that_needs_an_account_sends_a_visitor_to_sign_in_and_back()
    {
        using var visitor = host.Browser();
        using var owner = host.Browser();
        var email = await owner.RegisterAsync();

        using var refused = await visitor.GetAsync("/account");
        using var signedIn = await visitor.SignInAsync(email, path: refused.Location());

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/account/aanmelden?returnUrl=%2Faccount", refused.Location());
        Assert.Equal("/account", signedIn.Location());
        Assert.Contains(email, await visitor.GetStringAsync("/account"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task A_return_address_off_the_site_is_replaced_by_the_home_page(string returnUrl)
    {
        using var browser = host.Browser();
        var email = await browser.RegisterAsync();
        await browser.SignOutAsync();

        using var response = await browser.SignInAsync(email, path: "/account/aanmelden?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Location());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_which_field_was_wrong()
    {
        using var browser = host.Browser();
        var email = await browser.RegisterAsync();
        await browser.SignOutAsync();

        using var response = await browser.SignInAsync(email, "niet het goede wachtwoord");
        var page = await AccountClient.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", page, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var browser = host.Browser();
        var email = await browser.RegisterAsync();
        await browser.SignOutAsync();

        var pages = new List<string>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await browser.SignInAsync(email, $"fout wachtwoord nummer {attempt}");
            pages.Add(await AccountClient.ReadAsync(wrong));
        }

        using var right = await browser.SignInAsync(email);
        var afterwards = await AccountClient.ReadAsync(right);

        Assert.All(pages.Take(4), p => Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", p, StringComparison.Ordinal));
        Assert.Contains("aanmelden met dit account tijdelijk geblokkeerd. Probeer het over 15 minuten opnieuw", pages[4], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("tijdelijk geblokkeerd", afterwards, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_refused()
    {
        using var browser = host.Browser();
        var email = await browser.RegisterAsync();
        await browser.SignOutAsync();
        await browser.GetStringAsync("/account/aanmelden"); // the antiforgery cookie is there; only the form token is missing

        using var response = await browser.PostAsync("/account/aanmelden", new Dictionary<string, string>(Accounts.Credentials(email)) { ["_handler"] = "sign-in" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(".AspNetCore.Identity.Application", string.Join(';', response.Headers.TryGetValues("Set-Cookie", out var c) ? c : []), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site_lax()
    {
        using var browser = host.Browser();
        var email = await browser.RegisterAsync();
        await browser.SignOutAsync();

        using var response = await browser.SignInAsync(email);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase); // without "remember me" it ends with the browser
    }
}

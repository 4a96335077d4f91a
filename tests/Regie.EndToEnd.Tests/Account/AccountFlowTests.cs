using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Accessibility;
using Regie.EndToEnd.Tests.Hosting;

namespace Regie.EndToEnd.Tests.Account;

/// <summary>Signing up, out and in again in a real browser, with axe-core scans of each account page on the way.</summary>
public sealed class AccountFlowTests(AtlasSite site)
{
    private const string Password = "een lange zin als wachtwoord";

    [Fact]
    public async Task I_can_sign_up_sign_out_and_sign_in_again()
    {
        var email = $"e2e-{Guid.NewGuid():N}@example.org";
        var page = await site.OpenAsync("/account/registreren");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel(AccountText.Dutch("DisplayNameLabel"), new() { Exact = true }).FillAsync("Elin Eindtoets");
        await page.GetByLabel(AccountText.Dutch("EmailLabel"), new() { Exact = true }).FillAsync(email);
        await page.GetByLabel(AccountText.Dutch("PasswordLabel"), new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel(AccountText.Dutch("ConfirmPasswordLabel"), new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = AccountText.Dutch("RegisterButton") }).ClickAsync();
        await page.WaitForURLAsync("**/account");
        var heading = await page.Locator("h1").InnerTextAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = AccountText.Dutch("SignOutButton") }).First.ClickAsync();
        await page.WaitForURLAsync("**/account/afmelden");
        var signedOut = await page.Locator("main").InnerTextAsync();

        await page.GotoAsync("/account/aanmelden");
        await page.GetByLabel(AccountText.Dutch("EmailLabel"), new() { Exact = true }).FillAsync(email);
        await page.GetByLabel(AccountText.Dutch("PasswordLabel"), new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = AccountText.Dutch("SignInButton"), Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Uri(site.Address, "/").ToString());

        Assert.Equal(AccountText.Dutch("MyAccountTitle"), heading);
        Assert.Contains(AccountText.Dutch("SignedOut"), signedOut, StringComparison.Ordinal);
        Assert.Equal("Elin Eindtoets", await page.Locator(".regie-account-corner a").InnerTextAsync());
    }

    [Fact]
    public async Task The_security_page_with_its_QR_code_has_no_WCAG_21_AA_violations()
    {
        var page = await site.OpenAsync("/account/registreren?lang=en");
        await page.GetByLabel(AccountText.English("DisplayNameLabel"), new() { Exact = true }).FillAsync("Sam Secure");
        await page.GetByLabel(AccountText.English("EmailLabel"), new() { Exact = true }).FillAsync($"e2e-{Guid.NewGuid():N}@example.org");
        await page.GetByLabel(AccountText.English("PasswordLabel"), new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel(AccountText.English("ConfirmPasswordLabel"), new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = AccountText.English("RegisterButton") }).ClickAsync();
        await page.WaitForURLAsync("**/account");

        await page.GotoAsync("/account/beveiliging?lang=en");

        Assert.True(await page.GetByRole(AriaRole.Img, new() { Name = AccountText.English("QrCodeTitle") }).IsVisibleAsync());
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData("/account/aanmelden", "SignInButton")]
    [InlineData("/account/registreren", "RegisterButton")]
    [InlineData("/account/wachtwoord-vergeten", "ForgotPasswordButton")]
    public async Task A_form_sent_empty_shows_its_errors_accessibly(string path, string button)
    {
        var page = await site.OpenAsync(path);

        await page.GetByRole(AriaRole.Button, new() { Name = AccountText.Dutch(button), Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);

        Assert.True(await page.Locator(".utrecht-form-field-error-message").CountAsync() > 0, "The form shows its errors.");
        Assert.Equal(AccountText.Dutch("Validation_EmailRequired"), await page.Locator("#email-error").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData("/account/aanmelden")]
    [InlineData("/account/registreren")]
    [InlineData("/account/wachtwoord-vergeten")]
    [InlineData("/account/wachtwoord-herstellen")]
    [InlineData("/account/afmelden")]
    [InlineData("/account/aanmelden?lang=en")]
    [InlineData("/account/registreren?lang=en")]
    public async Task The_account_page_has_no_WCAG_21_AA_violations(string path) =>
        await Axe.AssertNoViolationsAsync(await site.OpenAsync(path));
}

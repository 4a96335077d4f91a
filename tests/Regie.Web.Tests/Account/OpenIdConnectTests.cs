using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Regie.Web.Tests.Account;

/// <summary>A host with an external provider configured: the fake provider, reached over its back channel.</summary>
public sealed class OpenIdConnectHost() : AccountHost(new()
{
    ["Auth:OpenIdConnect:Authority"] = FakeOpenIdProvider.Issuer,
    ["Auth:OpenIdConnect:ClientId"] = FakeOpenIdProvider.ClientId,
    ["Auth:OpenIdConnect:ClientSecret"] = FakeOpenIdProvider.ClientSecret,
    ["Auth:OpenIdConnect:DisplayName"] = "Voorbeeld-IdP",
})
{
    public FakeOpenIdProvider Provider { get; } = new();

    /// <summary>A browser on https, as the provider's correlation and nonce cookies are Secure.</summary>
    public AccountClient SecureBrowser() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://localhost"),
    }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.Configure<OpenIdConnectOptions>("oidc", options => options.BackchannelHttpHandler = Provider));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Provider.Dispose();
    }
}

public sealed class OpenIdConnectWithoutConfigurationTests(AccountHost host) : IClassFixture<AccountHost>
{
    [Fact]
    public async Task Without_the_section_there_is_no_external_scheme_and_no_button()
    {
        using var browser = host.Browser();

        var scheme = await host.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync("oidc");
        var page = await browser.GetStringAsync("/account/aanmelden");
        using var home = await browser.GetAsync("/");

        Assert.Null(scheme);
        Assert.Contains("form-action 'self';", string.Join(",", home.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.DoesNotContain("Aanmelden met", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/account/extern", page, StringComparison.Ordinal);
    }
}

public sealed partial class OpenIdConnectTests(OpenIdConnectHost host) : IClassFixture<OpenIdConnectHost>
{
    [Fact]
    public async Task With_the_section_the_provider_is_a_button_on_the_sign_in_page()
    {
        using var browser = host.SecureBrowser();

        var scheme = await host.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync("oidc");
        var page = await browser.GetStringAsync("/account/aanmelden");

        Assert.Equal("Voorbeeld-IdP", scheme?.DisplayName);
        Assert.Contains(">Aanmelden met Voorbeeld-IdP</button>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forms_may_lead_to_the_provider_so_the_browser_follows_the_sign_in_redirect()
    {
        using var browser = host.SecureBrowser();

        using var response = await browser.GetAsync("/account/aanmelden");

        var csp = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains($"form-action 'self' {FakeOpenIdProvider.Issuer};", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_first_external_sign_in_creates_a_local_account_from_the_e_mail_claim()
    {
        using var browser = host.SecureBrowser();
        var person = new FakeOpenIdProvider.Person(Guid.NewGuid().ToString("N"), Accounts.NewEmail(), true, "Eva Extern");

        using var done = await SignInAtProviderAsync(browser, person, "/atlas");
        var account = await browser.GetStringAsync("/account");

        Assert.Equal("/atlas", done.Location());
        Assert.Contains("<dd data-field=\"display-name\">Eva Extern</dd>", account, StringComparison.Ordinal);
        Assert.Contains(person.Email, account, StringComparison.Ordinal);
        Assert.Contains("Voorbeeld-IdP", account, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_external_sign_in_finds_the_same_account()
    {
        using var first = host.SecureBrowser();
        using var second = host.SecureBrowser();
        var person = new FakeOpenIdProvider.Person(Guid.NewGuid().ToString("N"), Accounts.NewEmail(), true, "Frits Fictief");
        using var once = await SignInAtProviderAsync(first, person, "/");

        using var twice = await SignInAtProviderAsync(second, person, "/");
        var account = await second.GetStringAsync("/account");

        Assert.Equal("/", twice.Location());
        Assert.Contains(person.Email, account, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unverified_address_is_not_linked_to_an_existing_local_account()
    {
        using var local = host.SecureBrowser();
        using var browser = host.SecureBrowser();
        var email = await local.RegisterAsync();
        var impostor = new FakeOpenIdProvider.Person(Guid.NewGuid().ToString("N"), email, false, "Iemand Anders");

        using var refused = await SignInAtProviderAsync(browser, impostor, "/");
        var page = await browser.GetStringAsync(refused.Location());
        using var account = await browser.GetAsync("/account");

        Assert.StartsWith("/account/aanmelden?fout=email-in-use", refused.Location(), StringComparison.Ordinal);
        Assert.Contains("Er is al een account met het e-mailadres van deze aanmelding.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }

    [Fact]
    public async Task A_verified_address_is_linked_to_the_existing_local_account()
    {
        using var local = host.SecureBrowser();
        using var browser = host.SecureBrowser();
        var email = await local.RegisterAsync(name: "Gert Gekoppeld");
        var same = new FakeOpenIdProvider.Person(Guid.NewGuid().ToString("N"), email, true, "G. Gekoppeld");

        using var linked = await SignInAtProviderAsync(browser, same, "/");
        var account = await browser.GetStringAsync("/account");

        Assert.Equal("/", linked.Location());
        Assert.Contains("<dd data-field=\"display-name\">Gert Gekoppeld</dd>", account, StringComparison.Ordinal);
    }

    /// <summary>
    /// The whole front channel: the button on the sign-in page, Regie's redirect to the provider, the provider's
    /// form post back to /signin-oidc, and Regie's callback. Returns the callback's final redirect.
    /// </summary>
    private async Task<HttpResponseMessage> SignInAtProviderAsync(AccountClient browser, FakeOpenIdProvider.Person person, string returnUrl)
    {
        var page = await browser.GetStringAsync("/account/aanmelden?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var button = ExternalForm().Match(page).Value;
        using var challenge = await browser.PostAsync("/account/extern", new Dictionary<string, string>
        {
            ["provider"] = "oidc",
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = AccountClient.Token(button),
        });
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith(FakeOpenIdProvider.Issuer + "/authorize", challenge.Headers.Location?.ToString(), StringComparison.Ordinal);

        var (callback, form) = host.Provider.Authorize(challenge.Headers.Location!, person); // checked just above
        using var posted = await browser.PostAsync(callback, form);
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"The provider's post back answered {(int)posted.StatusCode}:\n{await AccountClient.ReadAsync(posted)}");
        return await browser.GetAsync(posted.Location());
    }

    [GeneratedRegex("<form method=\"post\" action=\"/account/extern\">.*?</form>", RegexOptions.Singleline)]
    private static partial Regex ExternalForm();
}

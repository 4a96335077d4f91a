using System.Net;
using System.Text.RegularExpressions;
using OtpNet;

namespace Regie.Web.Tests.Account;

public sealed partial class TwoStepTests(AccountHost host) : IClassFixture<AccountHost>
{
    [Fact]
    public async Task The_security_page_shows_the_key_and_a_QR_code_drawn_without_script_or_inline_style()
    {
        using var browser = host.Browser();
        await browser.RegisterAsync();

        var page = await browser.GetStringAsync("/account/beveiliging");

        var svg = Svg().Match(page).Value;
        Assert.NotEmpty(SharedKey(page));
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"regie-qr-title\">", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", page.Replace("<script type=\"importmap\">", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turning_on_two_step_verification_shows_ten_recovery_codes_once()
    {
        using var browser = host.Browser();
        await browser.RegisterAsync();

        var codes = await EnableAsync(browser);
        var later = await browser.GetStringAsync("/account/beveiliging");

        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Contains("Tweestapsverificatie staat aan. U hebt nog 10 herstelcodes.", later, StringComparison.Ordinal);
        Assert.DoesNotContain(codes[0], later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_it_on()
    {
        using var browser = host.Browser();
        await browser.RegisterAsync();
        var page = await browser.GetStringAsync("/account/beveiliging");
        var wrong = new Totp(Base32Encoding.ToBytes(SharedKey(page))).ComputeTotp(DateTime.UtcNow.AddHours(1));

        using var response = await browser.SubmitAsync("/account/beveiliging", "enable-two-factor", new Dictionary<string, string> { ["Enable.Code"] = wrong });
        var answer = await AccountClient.ReadAsync(response);

        Assert.Contains("Deze code klopt niet.", answer, StringComparison.Ordinal);
        Assert.Contains("<dd data-field=\"two-factor\">uit</dd>", await browser.GetStringAsync("/account"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_two_step_verification_signing_in_also_needs_the_code_from_the_app()
    {
        using var browser = host.Browser();
        var email = await browser.RegisterAsync();
        var key = SharedKey(await browser.GetStringAsync("/account/beveiliging"));
        await EnableAsync(browser, key);
        await browser.SignOutAsync();

        using var password = await browser.SignInAsync(email, path: "/account/aanmelden?returnUrl=%2Fatlas");
        using var beforeCode = await browser.GetAsync("/account");
        using var code = await browser.SubmitAsync(password.Location(), "two-step", new Dictionary<string, string>
        {
            ["Input.Code"] = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(),
        });

        Assert.Equal("/account/tweestaps?returnUrl=%2Fatlas", password.Location());
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode); // the password alone is no session
        Assert.Equal("/atlas", code.Location());
        Assert.Contains(email, await browser.GetStringAsync("/account"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        using var browser = host.Browser();
        var email = await browser.RegisterAsync();
        var codes = await EnableAsync(browser);
        await browser.SignOutAsync();

        using var first = await RecoverAsync(browser, email, codes[3]);
        await browser.SignOutAsync();
        using var second = await RecoverAsync(browser, email, codes[3]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Deze code klopt niet.", await AccountClient.ReadAsync(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_two_step_page_without_a_correct_password_first_goes_back_to_sign_in()
    {
        using var browser = host.Browser();

        using var response = await browser.GetAsync("/account/tweestaps");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/aanmelden", response.Location());
    }

    [Fact]
    public async Task Turning_it_off_lets_the_password_alone_sign_in_again()
    {
        using var browser = host.Browser();
        var email = await browser.RegisterAsync();
        await EnableAsync(browser);

        using var off = await browser.SubmitAsync("/account/beveiliging", "disable-two-factor", new Dictionary<string, string>());
        await browser.SignOutAsync();
        using var signIn = await browser.SignInAsync(email);

        Assert.Contains("Tweestapsverificatie staat uit.", await AccountClient.ReadAsync(off), StringComparison.Ordinal);
        Assert.Equal("/", signIn.Location());
    }

    private static async Task<HttpResponseMessage> RecoverAsync(AccountClient browser, string email, string code)
    {
        using var password = await browser.SignInAsync(email);
        return await browser.SubmitAsync(password.Location(), "two-step", new Dictionary<string, string> { ["Input.Code"] = code });
    }

    /// <summary>Turns on two-step verification with a code computed from the shown key; returns the recovery codes.</summary>
    private static async Task<IReadOnlyList<string>> EnableAsync(AccountClient browser, string? key = null)
    {
        key ??= SharedKey(await browser.GetStringAsync("/account/beveiliging"));
        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

        using var response = await browser.SubmitAsync("/account/beveiliging", "enable-two-factor", new Dictionary<string, string> { ["Enable.Code"] = code });
        var page = await AccountClient.ReadAsync(response);

        Assert.Contains("Tweestapsverificatie staat aan.", page, StringComparison.Ordinal);
        return [.. RecoveryCode().Matches(page).Select(m => m.Groups[1].Value)];
    }

    private static string SharedKey(string page) =>
        SharedKeyAttribute().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No shared key on the page.");

    [GeneratedRegex("data-shared-key=\"([A-Z2-7]+)\"")]
    private static partial Regex SharedKeyAttribute();

    [GeneratedRegex("<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();

    [GeneratedRegex("<li><code class=\"utrecht-code\">([A-Z0-9-]+)</code></li>")]
    private static partial Regex RecoveryCode();
}

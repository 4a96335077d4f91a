using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Regie.Web.Tests.Account;

public sealed class AccountApiTests(AccountHost host) : IClassFixture<AccountHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_bearer_token_from_login_authenticates_a_call_to_me()
    {
        using var client = host.CreateClient();
        var email = Accounts.NewEmail();
        using var registered = await client.PostAsJsonAsync("/api/account/register", new { email, password = Accounts.Password }, Ct);

        using var login = await client.PostAsJsonAsync("/api/account/login", new { email, password = Accounts.Password }, Ct);
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>(Ct))?["accessToken"]?.GetValue<string>();
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/account/me") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        using var answer = await client.SendAsync(me, Ct);
        var account = await answer.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(email, account?["email"]?.GetValue<string>());
        Assert.Equal(email, account?["displayName"]?.GetValue<string>()); // registered without a name: the address stands in
        Assert.False(string.IsNullOrEmpty(account?["id"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Me_without_a_token_is_401_not_a_redirect_to_the_sign_in_page()
    {
        using var client = host.CreateClient(new() { AllowAutoRedirect = false });

        using var answer = await client.GetAsync(new Uri("/api/account/me", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_forged_bearer_token_is_refused()
    {
        using var client = host.CreateClient(new() { AllowAutoRedirect = false });
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/account/me") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-not-a-token") } };

        using var answer = await client.SendAsync(me, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_of_the_pages_also_authenticates_the_API()
    {
        using var browser = host.Browser();
        var email = await browser.RegisterAsync(name: "Cor Cookie");

        using var answer = await browser.GetAsync("/api/account/me");
        var account = await answer.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("Cor Cookie", account?["displayName"]?.GetValue<string>());
        Assert.Equal(email, account?["email"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_weak_password_is_a_validation_problem()
    {
        using var client = host.CreateClient();

        using var registered = await client.PostAsJsonAsync("/api/account/register", new { email = Accounts.NewEmail(), password = "kort" }, Ct);
        var problem = await registered.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, registered.StatusCode);
        Assert.NotNull(problem?["errors"]?["PasswordTooShort"]);
    }
}

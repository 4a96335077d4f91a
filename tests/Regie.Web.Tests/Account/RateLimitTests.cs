using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Regie.Web.Tests.Account;

/// <summary>A host that allows three sign-in posts a minute, so the fourth is refused.</summary>
public sealed class StrictRateLimitHost() : AccountHost(new() { ["RateLimits:SignInPerMinute"] = "3" });

/// <summary>Each class has its own host (class fixture), so the two do not share a rate-limit window.</summary>
public sealed class RateLimitPageTests(StrictRateLimitHost host) : IClassFixture<StrictRateLimitHost>
{
    [Fact]
    public async Task Too_many_sign_in_posts_get_a_429_page_in_Dutch_while_reading_the_form_stays_free()
    {
        using var browser = host.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await browser.SignInAsync(Accounts.NewEmail(), "een verkeerd wachtwoord");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var page = await AccountClient.ReadAsync(response);
                Assert.Contains("<h1 class=\"utrecht-heading-1\">Te veel pogingen</h1>", page, StringComparison.Ordinal);
                Assert.True(response.Headers.RetryAfter is not null, "A 429 says when to retry.");
            }
        }

        using var form = await browser.GetAsync("/account/aanmelden");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

}

public sealed class RateLimitApiTests(StrictRateLimitHost host) : IClassFixture<StrictRateLimitHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_API_answers_429_with_problem_details()
    {
        using var client = host.CreateClient();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            last?.Dispose();
            last = await client.PostAsJsonAsync("/api/account/login", new { email = Accounts.NewEmail(), password = "een verkeerd wachtwoord" }, Ct);
        }

        using var refused = last!; // the loop ran five times
        var problem = await refused.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, problem?["status"]?.GetValue<int>());
    }
}

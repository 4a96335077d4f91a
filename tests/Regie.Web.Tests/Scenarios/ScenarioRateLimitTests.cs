using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Regie.Web.Tests.Scenarios;

/// <summary>A lab host that allows two scenario posts a minute per address.</summary>
public sealed class StrictScenarioHost() : ScenarioLabHost(new() { ["RateLimits:ScenarioPostsPerMinute"] = "2" });

public sealed class ScenarioRateLimitTests(StrictScenarioHost host) : IClassFixture<StrictScenarioHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_third_post_in_a_minute_is_refused_with_a_429_problem_while_reading_stays_free()
    {
        using var client = host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            last?.Dispose();
            last = await client.PostAsJsonAsync("/api/scenarios/saved", new { preset = "central" }, Ct);
            statuses.Add(last.StatusCode);
        }

        using var refused = last!; // the loop ran three times
        var problem = await refused.Content.ReadFromJsonAsync<JsonObject>(Ct);
        using var read = await client.GetAsync(new Uri("/api/scenarios/presets", UriKind.Relative), Ct);

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, problem?["status"]?.GetValue<int>());
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }
}

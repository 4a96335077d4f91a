using System.Net;
using System.Net.Http.Json;
using Regie.Web.Api.Workplace;
using Regie.Web.Tests.Account;

namespace Regie.Web.Tests.Workplace.Oversight;

/// <summary>A host that lets a client address post two oversight events a minute.</summary>
public sealed class StrictOversightHost() : AccountHost(new() { ["RateLimits:OversightEventsPerMinute"] = "2" });

public sealed class OversightEventRateLimitTests(StrictOversightHost host) : IClassFixture<StrictOversightHost>
{
    [Fact]
    public async Task The_event_endpoint_answers_429_problem_details_past_the_limit_before_looking_at_the_key()
    {
        using var client = host.CreateClient();
        var path = $"/api/oversight/{Guid.NewGuid()}/ai-systems/{Guid.NewGuid()}/events";
        var statuses = new List<HttpStatusCode>();
        string? type = null;

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path)
            {
                Content = JsonContent.Create(new { kind = "Accepted", caseReference = "C-1", secondsSpent = 5 }),
            };
            request.Headers.Add(OversightApi.KeyHeader, "rgo_guessing");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            type = response.Content.Headers.ContentType?.MediaType;
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/problem+json", type);
    }
}

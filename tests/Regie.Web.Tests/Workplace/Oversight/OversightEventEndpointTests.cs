using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regie.Web.Api.Workplace;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Oversight;

/// <summary>The endpoint through which an AI system posts to its oversight log with its API key.</summary>
public sealed class OversightEventEndpointTests(OversightWorld world) : IClassFixture<OversightWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string PathFor(Guid organisation, Guid system) => $"/api/oversight/{organisation}/ai-systems/{system}/events";

    private object Event(string reference = "ZAAK-2026-0001", Guid? overseer = null) =>
        new { kind = "Overridden", caseReference = reference, secondsSpent = 95, overseerMemberId = overseer ?? world.OfA.OverseerId };

    private async Task<HttpResponseMessage> PostAsync(Guid organisation, Guid system, string? key, object body)
    {
        using var client = world.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, PathFor(organisation, system)) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add(OversightApi.KeyHeader, key);
        }

        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task A_system_posts_an_event_with_its_key_and_it_shows_on_the_dashboard()
    {
        var a = world.A;

        using var posted = await PostAsync(a.Id, a.SystemId, world.OfA.Key, Event("ZAAK-dashboard-1"));
        using var owner = await world.SignedInAsync(a, Role.SystemOwner);
        var dashboard = await owner.Http.GetFromJsonAsync<JsonElement>($"/api/orgs/{a.Id}/ai-systems/{a.SystemId}/oversight/dashboard", Ct);

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Contains(dashboard.GetProperty("latest").EnumerateArray(),
            e => e.GetProperty("caseReference").GetString() == "ZAAK-dashboard-1" && e.GetProperty("postedBySystem").GetBoolean());
    }

    [Fact]
    public async Task Without_a_key_the_answer_is_401_problem_details()
    {
        using var response = await PostAsync(world.A.Id, world.A.SystemId, null, Event());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_key_is_401()
    {
        using var response = await PostAsync(world.A.Id, world.A.SystemId, world.OfA.Key[..^2] + "xx", Event());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_is_401()
    {
        var a = world.A;
        var issued = await world.IssueKeyAsync(a, a.SystemId, "to revoke");
        using var before = await PostAsync(a.Id, a.SystemId, issued.Secret, Event("ZAAK-before-revoke"));
        using var owner = await world.SignedInAsync(a, Role.SystemOwner);
        using var revoked = await owner.Http.DeleteAsync($"/api/orgs/{a.Id}/oversight-keys/{issued.Key.Id}", Ct);

        using var after = await PostAsync(a.Id, a.SystemId, issued.Secret, Event("ZAAK-after-revoke"));

        Assert.Equal(HttpStatusCode.Created, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task The_key_of_one_system_cannot_post_for_another_system()
    {
        using var response = await PostAsync(world.A.Id, world.OfA.SecondSystemId, world.OfA.Key, Event());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_key_of_one_organisation_cannot_post_for_another_organisation()
    {
        using var intoB = await PostAsync(world.B.Id, world.B.SystemId, world.OfA.Key, Event(overseer: world.OfB.OverseerId));
        using var underA = await PostAsync(world.A.Id, world.B.SystemId, world.OfA.Key, Event(overseer: world.OfB.OverseerId));
        using var asA = await PostAsync(world.A.Id, world.A.SystemId, world.OfB.Key, Event());

        Assert.All(new[] { intoB, underA, asA }, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }

    [Fact]
    public async Task A_case_reference_with_personal_data_is_a_validation_problem()
    {
        using var response = await PostAsync(world.A.Id, world.A.SystemId, world.OfA.Key, Event("jan@example.nl"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("caseReference", out _));
    }

    [Fact]
    public async Task The_overseer_must_be_one_of_the_systems_overseers()
    {
        using var response = await PostAsync(world.A.Id, world.A.SystemId, world.OfA.Key, Event(overseer: world.OfA.OwnerId));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("overseerMemberId", out _));
    }

    [Fact]
    public async Task An_unreadable_body_is_a_400_problem_not_a_stack_trace()
    {
        using var client = world.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, PathFor(world.A.Id, world.A.SystemId))
        {
            Content = new StringContent("{\"kind\": \"Shrugged\"", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(OversightApi.KeyHeader, world.OfA.Key);

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

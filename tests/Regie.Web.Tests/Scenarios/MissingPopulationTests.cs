using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Regie.Web.Tests.Scenarios;

/// <summary>A lab host told to run on a saved population that does not exist.</summary>
public sealed class MissingPopulationHost() : ScenarioLabHost(new() { ["Scenarios:Population"] = "nosuch" });

public sealed class MissingPopulationTests(MissingPopulationHost host) : IClassFixture<MissingPopulationHost>
{
    [Fact]
    public async Task A_missing_population_is_a_server_problem_that_does_not_show_the_file_path()
    {
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/scenarios/runs", new { preset = "central" }, TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The scenario lab's population is not available; the server log says why.", problem!["detail"]!.GetValue<string>());
    }
}

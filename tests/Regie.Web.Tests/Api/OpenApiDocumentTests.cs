using System.Text.Json.Nodes;
using Regie.TestKit;

namespace Regie.Web.Tests.Api;

public sealed class OpenApiDocumentTests(AtlasApiHost host)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static string CommittedPath => Path.Combine(ShippedDataFolder.Path, "..", "src", "Regie.Web", "openapi.json");

    private async Task<JsonObject> ServedAsync() =>
        JsonNode.Parse(await host.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Cancellation))!.AsObject(); // The app serves a JSON object.

    // The server address depends on how the app is reached; everything else must match.
    private static JsonObject Normalise(JsonObject document)
    {
        document.Remove("servers");
        return document;
    }

    [Fact]
    public async Task The_committed_document_is_the_one_the_app_serves()
    {
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(CommittedPath, Cancellation))!.AsObject(); // The build writes a JSON object.

        var served = await ServedAsync();

        Assert.True(
            JsonNode.DeepEquals(Normalise(committed), Normalise(served)),
            "src/Regie.Web/openapi.json is not the document the app serves: build src/Regie.Web (the build rewrites it) and commit the diff.");
    }

    [Fact]
    public async Task Documents_every_atlas_endpoint()
    {
        var served = await ServedAsync();

        var paths = served["paths"]!.AsObject().Select(path => path.Key).Where(path => path.StartsWith("/api/atlas", StringComparison.Ordinal)); // Every document has paths.
        Assert.Equal(
            ["/api/atlas/groups", "/api/atlas/indices", "/api/atlas/occupations", "/api/atlas/occupations/{code}", "/api/atlas/sectors", "/api/atlas/sources", "/api/atlas/summary"],
            paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Documents_every_scenario_lab_endpoint()
    {
        var served = await ServedAsync();

        var paths = served["paths"]!.AsObject().Select(path => path.Key).Where(path => path.StartsWith("/api/scenarios", StringComparison.Ordinal)); // Every document has paths.
        Assert.Equal(
            [
                "/api/scenarios/explain", "/api/scenarios/presets", "/api/scenarios/runs", "/api/scenarios/runs/{id}",
                "/api/scenarios/runs/{id}/export.csv", "/api/scenarios/runs/{id}/export.xlsx", "/api/scenarios/runs/{id}/households/hit",
                "/api/scenarios/runs/{id}/households/{household}/explain", "/api/scenarios/runs/{id}/result.json",
                "/api/scenarios/runs/{id}/scenario.json", "/api/scenarios/runs/{id}/scenario.yaml", "/api/scenarios/saved", "/api/scenarios/saved/{id}",
            ],
            paths.Order(StringComparer.Ordinal));
        Assert.NotNull(served["paths"]?["/api/scenarios/runs"]?["post"]?["responses"]?["202"]);
    }

    [Fact]
    public async Task Documents_problem_details_for_an_unknown_occupation_code()
    {
        var served = await ServedAsync();

        var responses = served["paths"]?["/api/atlas/occupations/{code}"]?["get"]?["responses"]?.AsObject();
        Assert.NotNull(responses?["404"]?["content"]?["application/problem+json"]);
        Assert.NotNull(responses?["400"]?["content"]?["application/problem+json"]);
    }
}

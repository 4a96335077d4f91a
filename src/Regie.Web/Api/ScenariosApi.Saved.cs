using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regie.Monitor.Scenarios.Saved;
using Regie.Monitor.Scenarios.Spec;
using Regie.Web.Hosting;
using Regie.Web.Scenarios;
using ApiError = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Regie.Web.Api;

internal static partial class ScenariosApi
{
    private static void MapSaved(RouteGroupBuilder group)
    {
        group.MapPost("/saved", Save)
            .WithName("SaveScenario")
            .WithSummary("Save a scenario under a permanent id")
            .WithDescription("Checks the scenario and keeps it under the first 12 hexadecimal digits of the SHA-256 of its canonical JSON: the same scenario always gets the same id and page (/scenariolab/s/{id}). 201 when new, 200 when it was already saved.")
            .RequireRateLimiting(RateLimits.Scenarios)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));

        group.MapGet("/saved/{id}", GetSaved)
            .WithName("GetSavedScenario")
            .WithSummary("A saved scenario");
    }

    private static async Task<Results<Created<SavedScenarioDto>, Ok<SavedScenarioDto>, ApiError>> Save(
        SaveRequest request,
        [FromServices] ScenarioSources sources,
        [FromServices] ScenarioLibrary library,
        CancellationToken cancellationToken)
    {
        var spec = await sources.ResolveAsync(request.Preset, request.SpecText(), request.Saved, null, cancellationToken);
        if (!spec.TryGetValue(out var value))
            return ToHttp(spec.Error!);
        var saved = await library.SaveAsync(ScenarioWriter.ToJson(value), cancellationToken);
        if (!saved.TryGetValue(out var kept))
            return ToHttp(saved.Error!);
        var dto = ToDto(kept.Saved, value);
        return kept.Created ? TypedResults.Created($"/api/scenarios/saved/{dto.Id}", dto) : TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<SavedScenarioDto>, ApiError>> GetSaved(string id, [FromServices] ScenarioLibrary library, CancellationToken cancellationToken)
    {
        var found = await library.FindAsync(id, cancellationToken);
        return found.TryGetValue(out var value) ? TypedResults.Ok(ToDto(value.Saved, value.Spec)) : ToHttp(found.Error!);
    }

    private static SavedScenarioDto ToDto(SavedScenario saved, ScenarioSpec spec) =>
        new(saved.Id, saved.CreatedAt, spec.Name, JsonNode.Parse(saved.Json)!, saved.Json, $"/scenariolab/s/{saved.Id}"); // canonical JSON is an object
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regie.Core.Results;
using Regie.Monitor.Scenarios.Spec;
using Regie.Web.Scenarios;
using ApiError = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Regie.Web.Api;

internal static partial class ScenariosApi
{
    private static async Task<Results<Ok<List<PresetDto>>, ApiError>> ListPresets([FromServices] IScenarioPresets presets, CancellationToken cancellationToken)
    {
        var list = await presets.ListAsync(cancellationToken);
        if (!list.TryGetValue(out var all))
            return ToHttp(list.Error!);
        return TypedResults.Ok(all.Select(p => new PresetDto(
            p.Spec.Id,
            p.Spec.Name,
            p.Spec.Description,
            ScenarioNames.Of(p.Spec.Incidence),
            ScenarioNames.Of(p.Spec.Margin),
            p.Spec.DisplacementShare,
            p.Spec.Draws,
            SpecNode(p.Spec),
            p.Text)).ToList());
    }

    private static async Task<Results<Accepted<RunDto>, ApiError>> StartRun(
        RunRequest request,
        [FromServices] ScenarioSources sources,
        [FromServices] ScenarioRuns runs,
        CancellationToken cancellationToken)
    {
        var spec = await sources.ResolveAsync(request.Preset, request.SpecText(), request.Saved, request.Draws, cancellationToken);
        if (!spec.TryGetValue(out var value))
            return ToHttp(spec.Error!);
        var run = await runs.SubmitAsync(value, cancellationToken);
        if (!run.TryGetValue(out var submitted))
            return ToHttp(run.Error!);
        var dto = submitted.ToDto();
        return TypedResults.Accepted(dto.Links.Self, dto);
    }

    private static Results<Ok<RunDto>, ApiError> GetRun(string id, [FromServices] ScenarioRuns runs)
    {
        var run = runs.Find(id);
        return run.TryGetValue(out var found) ? TypedResults.Ok(found.ToDto()) : ToHttp(run.Error!);
    }

    private static Results<Ok<RunDto>, ApiError> CancelRun(string id, [FromServices] ScenarioRuns runs)
    {
        var run = runs.Cancel(id);
        return run.TryGetValue(out var cancelled) ? TypedResults.Ok(cancelled.ToDto()) : ToHttp(run.Error!);
    }

    /// <summary>The scenario in the file format, as a JSON object (snake_case keys, kept as written).</summary>
    private static JsonNode SpecNode(ScenarioSpec spec) => JsonNode.Parse(ScenarioWriter.ToJson(spec))!; // the writer writes an object

    /// <summary>The lab's errors as HTTP: the shared mapping, plus 503 for a full queue and 500 for a failed preparation.</summary>
    private static ApiError ToHttp(Error error) => error switch
    {
        RunQueueFull full => TypedResults.Problem(title: "Busy", detail: full.Message, statusCode: StatusCodes.Status503ServiceUnavailable),
        ValidationError or NotFoundError or ConflictError or ForbiddenError => error.ToHttpError(),
        _ => TypedResults.Problem(title: "The scenario lab could not do this", detail: error.Message, statusCode: StatusCodes.Status500InternalServerError),
    };
}

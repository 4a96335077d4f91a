using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regie.Core.Results;
using Regie.Monitor.Scenarios.Explain;
using Regie.Monitor.Scenarios.Lab;
using Regie.Web.Hosting;
using Regie.Web.Scenarios;
using ApiError = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Regie.Web.Api;

internal static partial class ScenariosApi
{
    private const string ExplainNote =
        " The chain lists each rule the reference engine applied, with its legal reference and whether the value comes from a primary source (status verify/est/secondary means: check it).";

    private static void MapExplain(RouteGroupBuilder group)
    {
        group.MapGet("/runs/{id}/households/{household:int}/explain", ExplainHousehold)
            .WithName("ExplainScenarioRunHousehold")
            .WithSummary("Why a household of a run has the income it has")
            .WithDescription("Replays household h of the run's population in the baseline and in draw d of the scenario." + ExplainNote);

        group.MapGet("/runs/{id}/households/hit", FindHitHousehold)
            .WithName("FindScenarioRunHitHousehold")
            .WithSummary("A household of a baseline decile that the scenario hits")
            .WithDescription("The first household whose baseline income lies in the decile and of which a member is hit in the draw; 404 when there is none (a pure wage cut hits nobody).");

        group.MapPost("/explain", ExplainHypothetical)
            .WithName("ExplainHypotheticalHousehold")
            .WithSummary("The path of a described household under a scenario")
            .WithDescription("Describe a household (members with age, role, status, wage, hours and work history; savings; who is hit in which month) and choose a scenario: its law date, margin, re-employment and take-up apply." + ExplainNote)
            .RequireRateLimiting(RateLimits.Scenarios)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
    }

    private static Results<Ok<HouseholdExplanation>, ApiError> ExplainHousehold(
        string id,
        int household,
        [FromQuery, Description("Which draw's shock to replay (0-based; default 0).")] string? draw,
        [FromServices] ScenarioRuns runs)
    {
        var parsedDraw = Whole("draw", draw, 0);
        if (!parsedDraw.TryGetValue(out var d))
            return ToHttp(parsedDraw.Error!);
        var done = FinishedRun(runs, id);
        if (!done.TryGetValue(out var run))
            return ToHttp(done.Error!);
        var explained = HouseholdExplainer.Explain(run.Inputs, household, d, run.Result!.BaselineDecileBounds); // FinishedRun: the result is there
        return explained.TryGetValue(out var explanation) ? TypedResults.Ok(explanation) : ToHttp(explained.Error!);
    }

    private static Results<Ok<HitHouseholdDto>, ApiError> FindHitHousehold(
        string id,
        [FromQuery, Description("Baseline decile, 1–10.")] string? decile,
        [FromQuery, Description("Which draw (0-based; default 0).")] string? draw,
        [FromServices] ScenarioRuns runs)
    {
        var errors = new FieldErrors();
        var d = errors.Collect(Whole("draw", draw, 0), 0);
        var dec = errors.Collect(Whole("decile", decile, null), 0);
        if (errors.ToError() is { } invalid)
            return ToHttp(invalid);
        var done = FinishedRun(runs, id);
        if (!done.TryGetValue(out var run))
            return ToHttp(done.Error!);
        var found = HouseholdFinder.HitInDecile(run.Inputs, d, dec, run.Result!.BaselineDecileBounds); // FinishedRun: the result is there
        return found.TryGetValue(out var household)
            ? TypedResults.Ok(new HitHouseholdDto(household, dec, d, string.Create(CultureInfo.InvariantCulture, $"/api/scenarios/runs/{id}/households/{household}/explain?draw={d}")))
            : ToHttp(found.Error!);
    }

    private static async Task<Results<Ok<HouseholdExplanation>, ApiError>> ExplainHypothetical(
        ExplainRequest request,
        [FromServices] ScenarioSources sources,
        [FromServices] ScenarioLab lab,
        CancellationToken cancellationToken)
    {
        var household = request.Household.ToHousehold();
        if (!household.TryGetValue(out var described))
            return ToHttp(household.Error!);
        var spec = await sources.ResolveAsync(request.Preset, request.SpecText(), request.Saved, null, cancellationToken);
        if (!spec.TryGetValue(out var scenario))
            return ToHttp(spec.Error!);
        var explained = await lab.ExplainHypotheticalAsync(scenario, described, cancellationToken);
        return explained.TryGetValue(out var explanation) ? TypedResults.Ok(explanation) : ToHttp(LabErrors.OnLawDate(explained.Error!));
    }

    private static Result<ScenarioRun> FinishedRun(ScenarioRuns runs, string id)
    {
        var run = runs.Find(id);
        if (!run.TryGetValue(out var found))
            return run;
        return found.Result is not null ? found : new RunNotDone(id, found.Status);
    }

    /// <summary>A whole number from the query; <paramref name="fallback"/> when absent (null: required).</summary>
    private static Result<int> Whole(string field, string? text, int? fallback) => QueryValues.OrNull(text) switch
    {
        null when fallback is { } value => value,
        null => ValidationError.For(field, "Give a whole number."),
        var value when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => ValidationError.For(field, $"'{text}' is not a whole number."),
    };
}

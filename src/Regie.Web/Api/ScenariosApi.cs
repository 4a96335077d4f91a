using Microsoft.AspNetCore.Mvc;
using Regie.Web.Hosting;

namespace Regie.Web.Api;

/// <summary>
/// The scenario lab over HTTP: <c>/api/scenarios/…</c>. Runs are computed in the background on the web's synthetic
/// population (202 + Location, then poll); results carry their run manifest and download as CSV or Excel; households
/// of a run and described households are explained rule by rule; scenarios can be saved under a permanent id.
/// </summary>
internal static partial class ScenariosApi
{
    private const string NotAForecast =
        " A scenario, not a forecast: the size of the shock is an assumption you choose, and exposure is not job loss.";

    /// <summary>Largest request body of a POST (the scenario itself is limited to 16 KB by default).</summary>
    private const long MaxBodyBytes = 64 * 1024;

    public static RouteGroupBuilder MapScenariosApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scenarios").WithTags("Scenarios");

        group.MapGet("/presets", ListPresets)
            .WithName("ListScenarioPresets")
            .WithSummary("The shipped scenarios")
            .WithDescription("Every preset in data/scenarios with its name, description, file text and the scenario in the file format." + NotAForecast);

        group.MapPost("/runs", StartRun)
            .WithName("StartScenarioRun")
            .WithSummary("Run a scenario in the background")
            .WithDescription("Give a preset, a scenario or a saved scenario's id, optionally the number of draws. Answers 202 with the run and its Location; poll it until the status is done. The same scenario on the same population is the same run (computed once)." + NotAForecast)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(RateLimits.Scenarios)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));

        group.MapGet("/runs/{id}", GetRun)
            .WithName("GetScenarioRun")
            .WithSummary("A run's status, progress and, once done, its result")
            .WithDescription("The result holds per year the baseline and scenario indicators and who pays, the change by baseline decile, the occupations and sectors hit, household types, allocation uncertainty across draws, and the run manifest.");

        group.MapDelete("/runs/{id}", CancelRun)
            .WithName("CancelScenarioRun")
            .WithSummary("Cancel a queued or running run")
            .RequireRateLimiting(RateLimits.Scenarios);

        MapDownloads(group);
        MapExplain(group);
        MapSaved(group);
        return group;
    }
}

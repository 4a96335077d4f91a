using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regie.Web.Components.Pages.Workplace;
using Regie.Workplace.Pulse;

namespace Regie.Web.Api.Workplace;

/// <summary>
/// The job-quality pulse: <c>/api/orgs/{orgId}/pulse/…</c>. Set-up for the survey steward; suppressed aggregates,
/// changes and flags for every role that may see results (the works council sees what management sees). No route
/// returns a response or an answer: the vault has no such read.
/// </summary>
internal static class PulseApi
{
    public static IEndpointRouteBuilder MapPulseApi(this IEndpointRouteBuilder app)
    {
        var org = app.MapGroup(OrganisationsApi.OrganisationPrefix + "/pulse").WithTags("Job-quality pulse").RequireAuthorization();
        org.MapGet("/surveys", List).WithName("ListPulseSurveys");
        org.MapPost("/surveys", Create).WithName("CreatePulseSurvey");
        org.MapGet("/surveys/{id:guid}", Dashboard).WithName("GetPulseDashboard")
            .WithDescription("Results per worker group and wave, suppressed below k respondents (and complementary cells), with the change from the baseline and its 95 % interval. ?group= selects rows; the totals stay over all groups.");
        org.MapPut("/surveys/{id:guid}/rules", SetRules).WithName("SetPulseRules")
            .WithDescription("Sets k (at least 5) and the minimum of distinct answers; once a wave has responses they can only be raised (409).");
        org.MapPost("/surveys/{id:guid}/waves", AddWave).WithName("AddPulseWave");
        org.MapPost("/surveys/{id:guid}/thresholds", AddThreshold).WithName("AddPulseThreshold");
        org.MapPost("/waves/{waveId:guid}/open", Open).WithName("OpenPulseWave");
        org.MapPost("/waves/{waveId:guid}/close", Close).WithName("ClosePulseWave")
            .WithDescription("Closes the wave; a follow-up wave is compared with the baseline and crossed thresholds raise flags and RI&E measures.");
        org.MapPost("/waves/{waveId:guid}/links", Links).WithName("IssuePulseLinks")
            .WithDescription("Issues single-use anonymous links for one worker group. The links are returned once; only their hashes are kept.");
        org.MapGet("/ai-systems/{aiSystemId:guid}/flags", Flags).WithName("ListPulseFlags")
            .WithDescription("Thresholds crossed for an AI system: the signal to reopen the consultation.");
        return app;
    }

    private static async Task<Results<Ok<PulseSurveyRow[]>, ValidationProblem, ProblemHttpResult>> List(PulseQueries queries, CancellationToken ct) =>
        (await queries.ListAsync(ct)).ToHttp(s => TypedResults.Ok(s.ToArray()));

    private static async Task<Results<Created<PulseSurveyDto>, ValidationProblem, ProblemHttpResult>> Create(
        SurveyRequest body, PulseSurveys surveys, HttpContext http, CancellationToken ct) =>
        (await surveys.CreateAsync(body, ct)).ToHttp(s => TypedResults.Created($"{http.Request.Path}/{s.Id}", s.ToDto()));

    private static async Task<Results<Ok<PulseDashboardDto>, ValidationProblem, ProblemHttpResult>> Dashboard(
        Guid id, [FromQuery(Name = "group")] Guid[]? group, PulseQueries queries, CancellationToken ct) =>
        (await queries.DashboardAsync(id, group, ct)).ToHttp(d => TypedResults.Ok(d.ToDto()));

    private static async Task<Results<Ok<PulseSurveyDto>, ValidationProblem, ProblemHttpResult>> SetRules(
        Guid id, RulesRequest body, PulseSurveys surveys, CancellationToken ct) =>
        (await surveys.SetRulesAsync(id, body, ct)).ToHttp(s => TypedResults.Ok(s.ToDto()));

    private static async Task<Results<Ok<PulseWaveDto>, ValidationProblem, ProblemHttpResult>> AddWave(
        Guid id, WaveRequest body, PulseWaves waves, CancellationToken ct) =>
        (await waves.AddAsync(id, body, ct)).ToHttp(w => TypedResults.Ok(w.ToDto()));

    private static async Task<Results<Ok<PulseThresholdDto>, ValidationProblem, ProblemHttpResult>> AddThreshold(
        Guid id, ThresholdRequest body, PulseSurveys surveys, CancellationToken ct) =>
        (await surveys.AddThresholdAsync(id, body, ct)).ToHttp(t => TypedResults.Ok(t.ToDto()));

    private static async Task<Results<Ok<PulseWaveDto>, ValidationProblem, ProblemHttpResult>> Open(Guid waveId, PulseWaves waves, CancellationToken ct) =>
        (await waves.OpenAsync(waveId, ct)).ToHttp(w => TypedResults.Ok(w.ToDto()));

    private static async Task<Results<Ok<PulseWaveDto>, ValidationProblem, ProblemHttpResult>> Close(Guid waveId, PulseWaves waves, CancellationToken ct) =>
        (await waves.CloseAsync(waveId, ct)).ToHttp(w => TypedResults.Ok(w.ToDto()));

    private static async Task<Results<Ok<IssuedLinksDto>, ValidationProblem, ProblemHttpResult>> Links(
        Guid waveId, LinksRequest body, PulseWaves waves, HttpContext http, CancellationToken ct) =>
        (await waves.IssueLinksAsync(waveId, body, ct)).ToHttp(l => TypedResults.Ok(new IssuedLinksDto(l.WaveId, l.WorkerGroupId,
            [.. l.Tokens.Select(t => $"{http.Request.Scheme}://{http.Request.Host}{WorkplaceRoutes.PulseAnswer(t)}")])));

    private static async Task<Results<Ok<PulseFlagDto[]>, ValidationProblem, ProblemHttpResult>> Flags(Guid aiSystemId, PulseQueries queries, CancellationToken ct) =>
        (await queries.FlagsForSystemAsync(aiSystemId, ct)).ToHttp(f => TypedResults.Ok(f.Select(x => x.ToDto()).ToArray()));
}

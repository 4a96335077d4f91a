using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Web.Hosting;
using Regie.Workplace.Oversight;
using Regie.Workplace.Tenancy;

namespace Regie.Web.Api.Workplace;

/// <summary>
/// Oversight in practice (AI Act art. 14(4), 26(2)): the design per system, the overseers' authority and time, the
/// oversight log and its dashboards, under <c>/api/orgs/{orgId}/…</c> with sign-in; and the endpoint through which an
/// AI system posts to its own log with its API key, <c>/api/oversight/{organisationId}/ai-systems/{aiSystemId}/events</c>.
/// </summary>
internal static class OversightApi
{
    /// <summary>The header that carries a system's API key.</summary>
    public const string KeyHeader = "X-Api-Key";

    public static IEndpointRouteBuilder MapOversightApi(this IEndpointRouteBuilder app)
    {
        var org = app.MapGroup(OrganisationsApi.OrganisationPrefix).WithTags("Oversight").RequireAuthorization();
        org.MapGet("/ai-systems/{id:guid}/oversight", Plan).WithName("GetOversightPlan")
            .WithDescription("The oversight design (the five art. 14(4) capabilities with evidence, model, staffing, time, escalation) and each overseer's authority to override and stop (art. 26(2)).");
        org.MapPut("/ai-systems/{id:guid}/oversight/design", SaveDesign).WithName("SaveOversightDesign");
        org.MapPut("/ai-systems/{id:guid}/oversight/assignments/{memberId:guid}", SaveAssignment).WithName("SaveOversightAssignment");
        org.MapPost("/ai-systems/{id:guid}/oversight/events", PostAsOverseer).WithName("PostOversightEvent")
            .WithDescription("The signed-in overseer logs a handled case. The case reference may not carry personal data.");
        org.MapGet("/ai-systems/{id:guid}/oversight/dashboard", SystemDashboard).WithName("GetSystemOversightDashboard")
            .WithDescription("Override rate, median and p90 review time, volume per week and the rubber-stamp flag, per system and per overseer.");
        org.MapGet("/members/{memberId:guid}/oversight", OverseerDashboard).WithName("GetOverseerOversightDashboard");
        org.MapGet("/ai-systems/{id:guid}/oversight/keys", Keys).WithName("ListOversightKeys");
        org.MapPost("/ai-systems/{id:guid}/oversight/keys", IssueKey).WithName("IssueOversightKey")
            .WithDescription("Makes an API key for the system; the secret is in this answer only.");
        org.MapDelete("/oversight-keys/{keyId:guid}", RevokeKey).WithName("RevokeOversightKey");

        app.MapPost("/api/oversight/{organisationId:guid}/ai-systems/{aiSystemId:guid}/events", PostFromSystem)
            .WithTags("Oversight").WithName("PostOversightEventFromSystem").RequireRateLimiting(RateLimits.OversightEvents)
            .WithDescription($"An AI system logs a case its overseer handled, authenticated by its API key in the {KeyHeader} header (401 when the key is missing, wrong, revoked or of another system). Rate-limited per client address.");
        return app;
    }

    private static async Task<Results<Ok<OversightPlanDto>, ValidationProblem, ProblemHttpResult>> Plan(Guid id, OversightDesigner designer, CancellationToken ct) =>
        (await designer.PlanAsync(id, ct)).ToHttp(p => TypedResults.Ok(p.ToDto()));

    private static async Task<Results<Ok<OversightDesignDto>, ValidationProblem, ProblemHttpResult>> SaveDesign(
        Guid id, OversightDesignRequest body, OversightDesigner designer, CancellationToken ct) =>
        (await designer.SaveDesignAsync(id, body, ct)).ToHttp(d => TypedResults.Ok(d.ToDto()));

    private static async Task<Results<Ok<OversightAssignmentDto>, ValidationProblem, ProblemHttpResult>> SaveAssignment(
        Guid id, Guid memberId, OversightAssignmentRequest body, OversightDesigner designer, CancellationToken ct) =>
        (await designer.SaveAssignmentAsync(id, memberId, body, ct)).ToHttp(a => TypedResults.Ok(a.ToDto()));

    private static async Task<Results<Created<OversightEventDto>, ValidationProblem, ProblemHttpResult>> PostAsOverseer(
        Guid id, OversightEventRequest body, OversightLog log, HttpContext http, CancellationToken ct) =>
        (await log.RecordAsOverseerAsync(id, body, ct)).ToHttp(e => TypedResults.Created($"{http.Request.Path}/{e.Id}", e.ToDto()));

    private static async Task<Results<Ok<SystemOversightDto>, ValidationProblem, ProblemHttpResult>> SystemDashboard(
        Guid id, OversightDashboard dashboard, CancellationToken ct) =>
        (await dashboard.ForSystemAsync(id, ct)).ToHttp(d => TypedResults.Ok(d.ToDto()));

    private static async Task<Results<Ok<OverseerOversightDto>, ValidationProblem, ProblemHttpResult>> OverseerDashboard(
        Guid memberId, OversightDashboard dashboard, CancellationToken ct) =>
        (await dashboard.ForOverseerAsync(memberId, ct)).ToHttp(d => TypedResults.Ok(d.ToDto()));

    private static async Task<Results<Ok<OversightKeyDto[]>, ValidationProblem, ProblemHttpResult>> Keys(Guid id, OversightKeys keys, CancellationToken ct) =>
        (await keys.ListAsync(id, ct)).ToHttp(k => TypedResults.Ok(k.Select(x => x.ToDto()).ToArray()));

    private static async Task<Results<Created<IssuedOversightKeyDto>, ValidationProblem, ProblemHttpResult>> IssueKey(
        Guid id, OversightKeyRequest body, OversightKeys keys, HttpContext http, CancellationToken ct) =>
        (await keys.IssueAsync(id, body, ct)).ToHttp(k => TypedResults.Created($"{http.Request.Path}/{k.Key.Id}", new IssuedOversightKeyDto(k.Key.ToDto(), k.Secret)));

    private static async Task<Results<Ok<OversightKeyDto>, ValidationProblem, ProblemHttpResult>> RevokeKey(Guid keyId, OversightKeys keys, CancellationToken ct) =>
        (await keys.RevokeAsync(keyId, ct)).ToHttp(k => TypedResults.Ok(k.ToDto()));

    private static async Task<Results<Created<OversightEventDto>, ValidationProblem, ProblemHttpResult>> PostFromSystem(
        Guid organisationId, Guid aiSystemId, OversightEventRequest body, HttpContext http, OversightKeys keys, OversightLog log,
        ITenantScope scope, CancellationToken ct)
    {
        if (await keys.AuthenticateAsync(organisationId, aiSystemId, http.Request.Headers[KeyHeader].ToString(), ct) is not { } key)
        {
            return TypedResults.Problem(title: "Unauthorized", statusCode: StatusCodes.Status401Unauthorized,
                detail: $"Send an active API key of this AI system in the {KeyHeader} header.");
        }

        scope.Enter(OversightKeys.ActorFor(key));
        return (await log.RecordFromSystemAsync(key, body, ct)).ToHttp(e => TypedResults.Created($"{http.Request.Path}/{e.Id}", e.ToDto()));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Workplace.Literacy;

namespace Regie.Web.Api.Workplace;

/// <summary>
/// AI literacy (AI Act art. 4; issue 5, item 6) under <c>/api/orgs/{orgId}/literacy/…</c>: the self-assessment, one's own
/// standing, training records, requirements per role and per AI system, the figures (small numbers suppressed) and the
/// overseers' flag. Scores and answers are only ever returned to the person themselves (docs/literacy.md).
/// </summary>
internal static class LiteracyApi
{
    public static IEndpointRouteBuilder MapLiteracyApi(this IEndpointRouteBuilder app)
    {
        var org = app.MapGroup(OrganisationsApi.OrganisationPrefix).WithTags("AI literacy").RequireAuthorization();
        org.MapGet("/literacy/instrument", Instrument).WithName("GetLiteracyInstrument")
            .WithDescription("The self-assessment's statements per competence code (Bt1..Ex4), in Regie's words after the Algoritmekader self-assessment v4.");
        org.MapGet("/literacy/me", Mine).WithName("GetMyLiteracy")
            .WithDescription("The signed-in member's own standing: required level and why, latest self-assessment with scores, gaps per competence, training, suggested courses and history.");
        org.MapPost("/literacy/me/assessments", Take).WithName("TakeLiteracySelfAssessment")
            .WithDescription("Scores the answers (weights 1, 0.75, 0.5, 0.25, 0; a code passes at a mean of at least 0.75; levels climb a ladder) and saves the next profile version.");
        org.MapGet("/literacy/members", People).WithName("ListLiteracyPeople")
            .WithDescription("Every member's levels against their requirement and current training, for the organisation administrator's art. 4 evidence (never scores).");
        org.MapGet("/literacy/members/{memberId:guid}", Person).WithName("GetMemberLiteracy")
            .WithDescription("One member's standing: in full for oneself; for the administrator without scores, plan or history.");
        org.MapPost("/literacy/members/{memberId:guid}/training", RecordTraining).WithName("RecordTraining");
        org.MapGet("/literacy/training", Training).WithName("ListTraining");
        org.MapDelete("/literacy/training/{trainingId:guid}", RemoveTraining).WithName("RemoveTraining");
        org.MapGet("/literacy/figures", Figures).WithName("GetLiteracyFigures")
            .WithDescription($"Counts per level and competence and people below their requirement, for the organisation and per worker group; counts below k = {LiteracyFigures.K} people are suppressed (null).");
        org.MapGet("/literacy/requirements", Requirements).WithName("GetLiteracyRequirements");
        org.MapPut("/literacy/requirements", SetRoleRequirement).WithName("SetRoleLiteracyRequirement");
        org.MapPut("/ai-systems/{id:guid}/literacy-requirement", SetSystemRequirement).WithName("SetSystemLiteracyRequirement")
            .WithDescription("The level the system requires of its overseers (AI Act art. 26(2)); a null level removes it.");
        org.MapGet("/ai-systems/{id:guid}/literacy/overseers", Overseers).WithName("GetOverseersLiteracy")
            .WithDescription("Each overseer of the system: required level and whether they meet it or lack a current self-assessment (no levels or scores).");
        return app;
    }

    private static Ok<LiteracyInstrumentDto> Instrument() => TypedResults.Ok(LiteracyInstrument.Shipped.ToDto());

    private static async Task<Results<Ok<StandingDto>, ValidationProblem, ProblemHttpResult>> Mine(LiteracyQueries queries, CancellationToken ct) =>
        (await queries.MineAsync(ct)).ToHttp(s => TypedResults.Ok(s.ToDto()));

    private static async Task<Results<Created<ProfileDto>, ValidationProblem, ProblemHttpResult>> Take(
        AssessmentAnswers body, LiteracyDesk desk, TimeProvider time, HttpContext http, CancellationToken ct) =>
        (await desk.TakeAssessmentAsync(body, ct)).ToHttp(p => TypedResults.Created($"{http.Request.Path}/{p.Id}", ProfileSummary.Of(p, time.GetUtcNow(), own: true).ToDto()));

    private static async Task<Results<Ok<PersonRowDto[]>, ValidationProblem, ProblemHttpResult>> People(LiteracyQueries queries, CancellationToken ct) =>
        (await queries.PeopleAsync(ct)).ToHttp(rows => TypedResults.Ok(rows.Select(r => r.ToDto()).ToArray()));

    private static async Task<Results<Ok<StandingDto>, ValidationProblem, ProblemHttpResult>> Person(Guid memberId, LiteracyQueries queries, CancellationToken ct) =>
        (await queries.PersonAsync(memberId, ct)).ToHttp(s => TypedResults.Ok(s.ToDto()));

    private static async Task<Results<Created<TrainingDto>, ValidationProblem, ProblemHttpResult>> RecordTraining(
        Guid memberId, TrainingRequest body, LiteracyDesk desk, HttpContext http, CancellationToken ct) =>
        (await desk.RecordTrainingAsync(memberId, body, ct)).ToHttp(t => TypedResults.Created($"{http.Request.Path}/{t.Id}", t.ToDto()));

    private static async Task<Results<Ok<TrainingRowDto[]>, ValidationProblem, ProblemHttpResult>> Training(LiteracyQueries queries, CancellationToken ct) =>
        (await queries.TrainingAsync(ct)).ToHttp(rows => TypedResults.Ok(rows.Select(r => new TrainingRowDto(r.Record.ToDto(), r.MemberName)).ToArray()));

    private static async Task<Results<Ok<TrainingDto>, ValidationProblem, ProblemHttpResult>> RemoveTraining(Guid trainingId, LiteracyDesk desk, CancellationToken ct) =>
        (await desk.RemoveTrainingAsync(trainingId, ct)).ToHttp(t => TypedResults.Ok(t.ToDto()));

    private static async Task<Results<Ok<LiteracyOverviewDto>, ValidationProblem, ProblemHttpResult>> Figures(LiteracyQueries queries, CancellationToken ct) =>
        (await queries.OverviewAsync(ct)).ToHttp(o => TypedResults.Ok(o.ToDto()));

    private static async Task<Results<Ok<LiteracyRequirementsDto>, ValidationProblem, ProblemHttpResult>> Requirements(LiteracyQueries queries, CancellationToken ct) =>
        (await queries.RequirementsAsync(ct)).ToHttp(r => TypedResults.Ok(new LiteracyRequirementsDto(r.Roles, r.Systems)));

    private static async Task<Results<Ok<RoleRequirementRow>, ValidationProblem, ProblemHttpResult>> SetRoleRequirement(
        RoleRequirementRequest body, LiteracyDesk desk, CancellationToken ct) =>
        (await desk.SetRoleRequirementAsync(body, ct)).ToHttp(r => TypedResults.Ok(new RoleRequirementRow(r.Role, r.Level, IsDefault: false)));

    private static async Task<Results<Ok<SystemRequirementDto>, ValidationProblem, ProblemHttpResult>> SetSystemRequirement(
        Guid id, SystemRequirementRequest body, LiteracyDesk desk, CancellationToken ct) =>
        (await desk.SetSystemRequirementAsync(id, body, ct)).ToHttp(r => TypedResults.Ok(new SystemRequirementDto(id, r?.Level)));

    private static async Task<Results<Ok<SystemOverseersLiteracy>, ValidationProblem, ProblemHttpResult>> Overseers(Guid id, LiteracyQueries queries, CancellationToken ct) =>
        (await queries.OverseersAsync(id, ct)).ToHttp(o => TypedResults.Ok(o));
}

using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Web.Api.Workplace;

/// <summary>The AI register, lifecycle moves, AI Act screening and duties: <c>/api/orgs/{orgId}/ai-systems|duties|register</c>.</summary>
internal static class RegisterApi
{
    public static IEndpointRouteBuilder MapRegisterApi(this IEndpointRouteBuilder app)
    {
        var org = app.MapGroup(OrganisationsApi.OrganisationPrefix).WithTags("AI register").RequireAuthorization();
        org.MapGet("/ai-systems", List).WithName("ListAiSystems");
        org.MapPost("/ai-systems", Register).WithName("RegisterAiSystem");
        org.MapGet("/ai-systems/{id:guid}", Detail).WithName("GetAiSystem")
            .WithDescription("The system, its latest screening, its open duties and the lifecycle moves from its status with what their gates still miss.");
        org.MapPut("/ai-systems/{id:guid}", Update).WithName("UpdateAiSystem");
        org.MapPost("/ai-systems/{id:guid}/moves", Move).WithName("MoveAiSystem")
            .WithDescription("Moves the system in its lifecycle. 409 when the move is not in the lifecycle or a gate is not met (the problem names what is missing).");
        org.MapPost("/ai-systems/{id:guid}/screenings", Screen).WithName("ScreenAiSystem")
            .WithDescription("Runs the AI Act screening (Regulation (EU) 2024/1689) on the answers; records it and updates the system's duty checklist. A prohibited practice (Art. 5) blocks the system.");
        org.MapPut("/duties/{dutyId:guid}", UpdateDuty).WithName("UpdateDuty");
        org.MapGet("/register", Internal).WithName("GetInternalRegister")
            .WithSummary("The internal AI register in plain language, as every member sees it");
        return app;
    }

    private static async Task<Results<Ok<AiSystemDto[]>, ValidationProblem, ProblemHttpResult>> List(RegisterQueries queries, CancellationToken ct) =>
        (await queries.ListAsync(ct)).ToHttp(s => TypedResults.Ok(s.Select(x => x.ToDto()).ToArray()));

    private static async Task<Results<Created<AiSystemDto>, ValidationProblem, ProblemHttpResult>> Register(
        AiSystemRequest body, AiRegister register, HttpContext http, CancellationToken ct) =>
        (await register.RegisterAsync(body, ct)).ToHttp(s => TypedResults.Created($"{http.Request.Path}/{s.Id}", s.ToDto()));

    private static async Task<Results<Ok<AiSystemDetailDto>, ValidationProblem, ProblemHttpResult>> Detail(Guid id, RegisterQueries queries, CancellationToken ct) =>
        (await queries.DetailAsync(id, ct)).ToHttp(d => TypedResults.Ok(d.ToDto()));

    private static async Task<Results<Ok<AiSystemDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, AiSystemRequest body, AiRegister register, CancellationToken ct) =>
        (await register.UpdateAsync(id, body, ct)).ToHttp(s => TypedResults.Ok(s.ToDto()));

    private static async Task<Results<Ok<AiSystemDto>, ValidationProblem, ProblemHttpResult>> Move(
        Guid id, MoveRequest body, AiRegister register, CancellationToken ct) =>
        (await register.MoveAsync(id, body.To, ct)).ToHttp(s => TypedResults.Ok(s.ToDto()));

    private static async Task<Results<Ok<ScreeningRunDto>, ValidationProblem, ProblemHttpResult>> Screen(
        Guid id, ScreeningAnswers body, ScreeningDesk desk, CancellationToken ct) =>
        (await desk.RunAsync(id, body, ct)).ToHttp(r => TypedResults.Ok(new ScreeningRunDto(r.Record.ToDto(), r.Outcome.Duties, [.. r.Duties.Select(d => d.ToDto())])));

    private static async Task<Results<Ok<DutyDto>, ValidationProblem, ProblemHttpResult>> UpdateDuty(
        Guid dutyId, DutyUpdate body, DutyEditor editor, CancellationToken ct) =>
        (await editor.UpdateAsync(dutyId, body, ct)).ToHttp(d => TypedResults.Ok(d.ToDto()));

    private static async Task<Results<Ok<RegisterEntry[]>, ValidationProblem, ProblemHttpResult>> Internal(InternalRegister register, CancellationToken ct) =>
        (await register.ListAsync(ct)).ToHttp(e => TypedResults.Ok(e.ToArray()));
}

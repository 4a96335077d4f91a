using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Workplace.Assessments;

namespace Regie.Web.Api.Workplace;

/// <summary>
/// Job impact assessments (issue 5, item 1): <c>/api/orgs/{orgId}/ai-systems/{id}/assessments</c> to list and start,
/// <c>/api/orgs/{orgId}/assessments/{assessmentId}</c> for tasks, signals, risks, review moves, opinions and the CSV.
/// </summary>
internal static class AssessmentsApi
{
    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        var org = app.MapGroup(OrganisationsApi.OrganisationPrefix).WithTags("Job impact assessment").RequireAuthorization();
        org.MapGet("/job-impact-instrument", Instrument).WithName("GetJobImpactInstrument")
            .WithDescription("The Partnership on AI opportunity and risk signals in Regie's words, with the instrument version and citation.");
        org.MapGet("/ai-systems/{id:guid}/assessments", List).WithName("ListAssessments");
        org.MapPost("/ai-systems/{id:guid}/assessments", Start).WithName("StartAssessment")
            .WithDescription("Starts the assessment for one of the system's worker groups with the tasks of the group's job profiles. 409 when a current one exists.");
        var one = org.MapGroup("/assessments/{assessmentId:guid}");
        one.MapGet("/", Detail).WithName("GetAssessment");
        one.MapPost("/tasks", AddTask).WithName("AddAssessmentTask");
        one.MapPut("/tasks/{taskId:guid}", UpdateTask).WithName("UpdateAssessmentTask");
        one.MapPut("/signals/{code}", AnswerSignal).WithName("AnswerSignal");
        one.MapPost("/risks", AddRisk).WithName("AddRisk");
        one.MapPost("/moves", Move).WithName("MoveAssessment")
            .WithDescription("Moves the assessment along its review path. 409 when the move is not in the path or opinions are missing.");
        one.MapPost("/opinions", GiveOpinion).WithName("GiveAssessmentOpinion")
            .WithDescription("The privacy officer's, works council's or prevention officer's opinion; kept whatever its position.");
        one.MapGet("/risks.csv", RisksCsv).WithName("ExportAssessmentRisks").Produces(StatusCodes.Status200OK, contentType: "text/csv");
        org.MapPut("/risks/{riskId:guid}", UpdateRisk).WithName("UpdateRisk");
        return app;
    }

    private static Ok<InstrumentDto> Instrument() => TypedResults.Ok(JobImpactInstrument.Shipped.ToDto());

    private static async Task<Results<Ok<AssessmentSummaryDto[]>, ValidationProblem, ProblemHttpResult>> List(
        Guid id, AssessmentQueries queries, CancellationToken ct) =>
        (await queries.ListForSystemAsync(id, ct)).ToHttp(l => TypedResults.Ok(l.Select(s => s.ToDto()).ToArray()));

    private static async Task<Results<Created<Guid>, ValidationProblem, ProblemHttpResult>> Start(
        Guid id, StartAssessmentRequest body, AssessmentDesk desk, HttpContext http, CancellationToken ct) =>
        (await desk.StartAsync(id, body, ct)).ToHttp(a => TypedResults.Created(
            $"{http.Request.PathBase}/api/orgs/{a.OrganisationId}/assessments/{a.Id}", a.Id));

    private static async Task<Results<Ok<AssessmentDetailDto>, ValidationProblem, ProblemHttpResult>> Detail(
        Guid assessmentId, AssessmentQueries queries, CancellationToken ct) =>
        (await queries.DetailAsync(assessmentId, ct)).ToHttp(d => TypedResults.Ok(d.ToDto()));

    private static async Task<Results<Ok<TaskEffectDto>, ValidationProblem, ProblemHttpResult>> AddTask(
        Guid assessmentId, TaskEffectRequest body, AssessmentDesk desk, CancellationToken ct) =>
        (await desk.AddTaskAsync(assessmentId, body, ct)).ToHttp(t => TypedResults.Ok(t.ToDto()));

    private static async Task<Results<Ok<TaskEffectDto>, ValidationProblem, ProblemHttpResult>> UpdateTask(
        Guid assessmentId, Guid taskId, TaskEffectRequest body, AssessmentDesk desk, CancellationToken ct) =>
        (await desk.UpdateTaskAsync(assessmentId, taskId, body, ct)).ToHttp(t => TypedResults.Ok(t.ToDto()));

    private static async Task<Results<Ok<SignalAnswerDto>, ValidationProblem, ProblemHttpResult>> AnswerSignal(
        Guid assessmentId, string code, SignalAnswerRequest body, AssessmentDesk desk, CancellationToken ct) =>
        (await desk.AnswerSignalAsync(assessmentId, code, body, ct)).ToHttp(s => TypedResults.Ok(s.ToDto()));

    private static async Task<Results<Ok<RiskDto>, ValidationProblem, ProblemHttpResult>> AddRisk(
        Guid assessmentId, RiskRequest body, RiskRegister risks, CancellationToken ct) =>
        (await risks.AddAsync(assessmentId, body, ct)).ToHttp(r => TypedResults.Ok(r.ToDto()));

    private static async Task<Results<Ok<RiskDto>, ValidationProblem, ProblemHttpResult>> UpdateRisk(
        Guid riskId, RiskRequest body, RiskRegister risks, CancellationToken ct) =>
        (await risks.UpdateAsync(riskId, body, ct)).ToHttp(r => TypedResults.Ok(r.ToDto()));

    private static async Task<Results<Ok<AssessmentStateDto>, ValidationProblem, ProblemHttpResult>> Move(
        Guid assessmentId, AssessmentMoveRequest body, AssessmentReview review, CancellationToken ct) =>
        (await review.MoveAsync(assessmentId, body, ct)).ToHttp(a => TypedResults.Ok(new AssessmentStateDto(a.Id, a.Version, a.Status, a.LastComment)));

    private static async Task<Results<Ok<OpinionDto>, ValidationProblem, ProblemHttpResult>> GiveOpinion(
        Guid assessmentId, OpinionRequest body, AssessmentReview review, CancellationToken ct) =>
        (await review.GiveOpinionAsync(assessmentId, body, ct)).ToHttp(o => TypedResults.Ok(o.ToDto()));

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> RisksCsv(
        Guid assessmentId, AssessmentQueries queries, CancellationToken ct) =>
        (await queries.DetailAsync(assessmentId, ct)).ToHttp(d => TypedResults.File(
            RiskCsv.Write(d), "text/csv; charset=utf-8", $"job-impact-risks-v{d.Assessment.Version}.csv"));
}

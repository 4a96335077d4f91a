using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Workplace.Measures;

namespace Regie.Web.Api.Workplace;

/// <summary>
/// Measures (issue 5): against a risk <c>/api/orgs/{orgId}/risks/{riskId}/measures</c>; per system
/// <c>/ai-systems/{id}/measures</c>; one measure <c>/measures/{measureId}</c> with its moves and the works council's verification.
/// </summary>
internal static class MeasuresApi
{
    public static IEndpointRouteBuilder MapMeasuresApi(this IEndpointRouteBuilder app)
    {
        var org = app.MapGroup(OrganisationsApi.OrganisationPrefix).WithTags("Measures").RequireAuthorization();
        org.MapGet("/ai-systems/{id:guid}/measures", List).WithName("ListMeasures");
        org.MapPost("/risks/{riskId:guid}/measures", Create).WithName("CreateMeasure");
        org.MapPut("/measures/{measureId:guid}", Update).WithName("UpdateMeasure");
        org.MapPost("/measures/{measureId:guid}/moves", Move).WithName("MoveMeasure")
            .WithDescription("Todo → InProgress → InReview → Done (with evidence) or NotImplemented (with a reason). 409 when the move is not in the flow.");
        org.MapPost("/measures/{measureId:guid}/works-council-verification", Verify).WithName("VerifyMeasureAsWorksCouncil")
            .WithDescription("A works-council member confirms a done measure that needs the works council's verification.");
        return app;
    }

    private static async Task<Results<Ok<MeasureDto[]>, ValidationProblem, ProblemHttpResult>> List(Guid id, MeasureDesk desk, CancellationToken ct) =>
        (await desk.ListForSystemAsync(id, ct)).ToHttp(l => TypedResults.Ok(l.Select(m => m.ToDto()).ToArray()));

    private static async Task<Results<Ok<MeasureDto>, ValidationProblem, ProblemHttpResult>> Create(
        Guid riskId, MeasureRequest body, MeasureDesk desk, CancellationToken ct) =>
        (await desk.CreateForRiskAsync(riskId, body, ct)).ToHttp(m => TypedResults.Ok(m.ToDto()));

    private static async Task<Results<Ok<MeasureDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid measureId, MeasureRequest body, MeasureDesk desk, CancellationToken ct) =>
        (await desk.UpdateAsync(measureId, body, ct)).ToHttp(m => TypedResults.Ok(m.ToDto()));

    private static async Task<Results<Ok<MeasureDto>, ValidationProblem, ProblemHttpResult>> Move(
        Guid measureId, MeasureMoveRequest body, MeasureDesk desk, CancellationToken ct) =>
        (await desk.MoveAsync(measureId, body, ct)).ToHttp(m => TypedResults.Ok(m.ToDto()));

    private static async Task<Results<Ok<MeasureDto>, ValidationProblem, ProblemHttpResult>> Verify(
        Guid measureId, MeasureDesk desk, CancellationToken ct) =>
        (await desk.VerifyAsWorksCouncilAsync(measureId, ct)).ToHttp(m => TypedResults.Ok(m.ToDto()));
}

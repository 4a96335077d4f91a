using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Workplace.Requests;

namespace Regie.Web.Api.Workplace;

/// <summary>
/// Requests for an explanation (AI Act Art. 86) or a human review (GDPR Art. 22(3)), objections and access requests:
/// <c>/api/orgs/{orgId}/requests</c>. Members file and follow their own; handlers move them through the flow.
/// </summary>
internal static class RequestsApi
{
    public static IEndpointRouteBuilder MapRequestsApi(this IEndpointRouteBuilder app)
    {
        var org = app.MapGroup(OrganisationsApi.OrganisationPrefix).WithTags("Requests").RequireAuthorization();
        org.MapPost("/requests", File).WithName("FileRequest")
            .WithDescription("Files a request about a decision; the answer carries the deadlines (acknowledge, start review, answer) computed from the day it came in (Europe/Amsterdam).");
        org.MapGet("/requests/mine", Mine).WithName("ListMyRequests");
        org.MapGet("/requests", List).WithName("ListRequests").WithSummary("Every request, overdue ones first, for handlers");
        org.MapGet("/requests/{id:guid}", Detail).WithName("GetRequest");
        org.MapPost("/requests/{id:guid}/moves", Move).WithName("MoveRequest")
            .WithDescription("Received → Acknowledged → InHumanReview → Answered (text and outcome) → Closed, or Appealed (by the requester, with a reason) → Closed (with the answer to the appeal). 409 when the move is not possible or not yours.");
        org.MapGet("/request-figures", Figures).WithName("GetRequestFigures")
            .WithSummary("Numbers per kind, status and outcome, and how many are overdue (works council and management alike)");
        return app;
    }

    private static async Task<Results<Created<RequestView>, ValidationProblem, ProblemHttpResult>> File(
        RequestInput body, DecisionRequests requests, HttpContext http, CancellationToken ct) =>
        (await requests.FileAsync(body, ct)).ToHttp(r => TypedResults.Created($"{http.Request.Path}/{r.Id}", r));

    private static async Task<Results<Ok<RequestView[]>, ValidationProblem, ProblemHttpResult>> Mine(DecisionRequests requests, CancellationToken ct) =>
        (await requests.MineAsync(ct)).ToHttp(l => TypedResults.Ok(l.ToArray()));

    private static async Task<Results<Ok<RequestView[]>, ValidationProblem, ProblemHttpResult>> List(DecisionRequests requests, CancellationToken ct) =>
        (await requests.ListAsync(ct)).ToHttp(l => TypedResults.Ok(l.ToArray()));

    private static async Task<Results<Ok<RequestView>, ValidationProblem, ProblemHttpResult>> Detail(Guid id, DecisionRequests requests, CancellationToken ct) =>
        (await requests.DetailAsync(id, ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<RequestView>, ValidationProblem, ProblemHttpResult>> Move(
        Guid id, RequestMove body, DecisionRequests requests, CancellationToken ct) =>
        (await requests.MoveAsync(id, body, ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<RequestFigures>, ValidationProblem, ProblemHttpResult>> Figures(DecisionRequests requests, CancellationToken ct) =>
        (await requests.FiguresAsync(ct)).ToHttp(TypedResults.Ok);
}

using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Web.Components.Pages.Workplace;
using Regie.Workplace.Concerns;

namespace Regie.Web.Api.Workplace;

/// <summary>
/// The concern channel. Public, no account: <c>/api/concern-channels/{organisationId}</c> (the organisation's
/// reporting form, e.g. for agency staff) and <c>/api/concern-links/{token}</c> (the raiser's case through the secret
/// link). Signed in: concerns by name and the confidential handlers' work under <c>/api/orgs/{orgId}/concerns</c>.
/// Nothing in these handlers reads the caller's account, address or browser for an anonymous concern.
/// </summary>
internal static class ConcernsApi
{
    public static IEndpointRouteBuilder MapConcernsApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api").WithTags("Concerns").AllowAnonymous();
        open.MapGet("/concern-channels/{organisationId:guid}", Channel).WithName("GetConcernChannel")
            .WithSummary("The organisation's public reporting form: its name and the AI systems one can choose");
        open.MapPost("/concern-channels/{organisationId:guid}/concerns", RaiseAnonymous).WithName("RaiseAnonymousConcern")
            .WithDescription("Raises an anonymous concern. The answer holds the secret link; it is shown once and only its hash is stored. No identity is stored, also when the caller is signed in.");
        open.MapGet("/concern-links/{token}", Read).WithName("ReadConcernByLink")
            .WithDescription("The case behind a secret link. Any wrong link answers 404 with the same problem.");
        open.MapPost("/concern-links/{token}/messages", Reply).WithName("ReplyToConcernByLink");

        var org = app.MapGroup(OrganisationsApi.OrganisationPrefix).WithTags("Concerns").RequireAuthorization();
        org.MapPost("/concerns", RaiseNamed).WithName("RaiseNamedConcern").WithSummary("Raise a concern by name (not anonymous)");
        org.MapGet("/concerns", List).WithName("ListConcerns").WithSummary("Cases, for confidential handlers");
        org.MapGet("/concerns/{id:guid}", Detail).WithName("GetConcern");
        org.MapPut("/concerns/{id:guid}/investigator", Assign).WithName("AssignConcernInvestigator");
        org.MapPost("/concerns/{id:guid}/moves", Move).WithName("MoveConcern");
        org.MapPost("/concerns/{id:guid}/answers", Answer).WithName("AnswerConcern")
            .WithDescription("Sends an answer the raiser reads through the secret link; the case becomes Answered.");
        org.MapPut("/concerns/{id:guid}/retaliation-check", CheckRetaliation).WithName("CheckConcernRetaliation");
        org.MapGet("/concern-figures", Figures).WithName("GetConcernFigures")
            .WithSummary("Numbers per category and status (works council and management alike); never a case or a raiser");
        return app;
    }

    private static async Task<Results<Ok<ConcernChannel>, ValidationProblem, ProblemHttpResult>> Channel(
        Guid organisationId, ConcernDesk desk, CancellationToken ct) =>
        (await desk.ChannelAsync(organisationId, ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Created<RaisedConcernDto>, ValidationProblem, ProblemHttpResult>> RaiseAnonymous(
        Guid organisationId, ConcernInput body, ConcernDesk desk, CancellationToken ct) =>
        (await desk.RaiseAnonymousAsync(organisationId, body, ct)).ToHttp(Created);

    private static async Task<Results<Ok<ConcernThread>, ValidationProblem, ProblemHttpResult>> Read(
        string token, ConcernDesk desk, CancellationToken ct) =>
        (await desk.ReadAsync(token, ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<ConcernThread>, ValidationProblem, ProblemHttpResult>> Reply(
        string token, ConcernMessageRequest body, ConcernDesk desk, CancellationToken ct) =>
        (await desk.ReplyAsync(token, body.Text, ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Created<RaisedConcernDto>, ValidationProblem, ProblemHttpResult>> RaiseNamed(
        ConcernInput body, ConcernDesk desk, CancellationToken ct) =>
        (await desk.RaiseNamedAsync(body, ct)).ToHttp(Created);

    private static async Task<Results<Ok<ConcernSummary[]>, ValidationProblem, ProblemHttpResult>> List(ConcernCases cases, CancellationToken ct) =>
        (await cases.ListAsync(ct)).ToHttp(l => TypedResults.Ok(l.ToArray()));

    private static async Task<Results<Ok<ConcernCase>, ValidationProblem, ProblemHttpResult>> Detail(Guid id, ConcernCases cases, CancellationToken ct) =>
        (await cases.DetailAsync(id, ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<ConcernCase>, ValidationProblem, ProblemHttpResult>> Assign(
        Guid id, InvestigatorRequest body, ConcernCases cases, CancellationToken ct) =>
        (await cases.AssignAsync(id, body.MemberId, ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<ConcernCase>, ValidationProblem, ProblemHttpResult>> Move(
        Guid id, ConcernMoveRequest body, ConcernCases cases, CancellationToken ct) =>
        (await cases.MoveAsync(id, body.To, ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<ConcernCase>, ValidationProblem, ProblemHttpResult>> Answer(
        Guid id, ConcernMessageRequest body, ConcernCases cases, CancellationToken ct) =>
        (await cases.AnswerAsync(id, body.Text, ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<ConcernCase>, ValidationProblem, ProblemHttpResult>> CheckRetaliation(
        Guid id, RetaliationInput body, ConcernCases cases, CancellationToken ct) =>
        (await cases.CheckRetaliationAsync(id, body, ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<ConcernFigures>, ValidationProblem, ProblemHttpResult>> Figures(ConcernCases cases, CancellationToken ct) =>
        (await cases.FiguresAsync(ct)).ToHttp(TypedResults.Ok);

    private static Created<RaisedConcernDto> Created(RaisedConcern raised)
    {
        var link = WorkplaceRoutes.ConcernLink(raised.Token);
        return TypedResults.Created($"/api/concern-links/{raised.Token}", new RaisedConcernDto(raised.Concern.Reference, raised.Token, link));
    }
}

/// <summary>A new concern: its reference and the secret link (shown once; keep it, it is the only way back to the case).</summary>
internal sealed record RaisedConcernDto(string Reference, string Token, string Link);

/// <summary>A message text.</summary>
internal sealed record ConcernMessageRequest(string? Text);

/// <summary>The member who investigates a concern.</summary>
internal sealed record InvestigatorRequest(Guid? MemberId);

/// <summary>A concern's next status.</summary>
internal sealed record ConcernMoveRequest(ConcernStatus To);

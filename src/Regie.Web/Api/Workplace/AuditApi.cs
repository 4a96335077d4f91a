using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Workplace.Audit;

namespace Regie.Web.Api.Workplace;

/// <summary>The audit log: <c>/api/orgs/{orgId}/audit</c> (page) and <c>/audit.csv</c> (the whole log).</summary>
internal static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var org = app.MapGroup(OrganisationsApi.OrganisationPrefix).WithTags("Audit").RequireAuthorization();
        org.MapGet("/audit", Page).WithName("GetAuditLog")
            .WithDescription("Newest first. chainIntact is false when an event's hash does not follow from its fields and the previous event.");
        org.MapGet("/audit.csv", Export).WithName("ExportAuditLog").Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return app;
    }

    private static async Task<Results<Ok<AuditPageDto>, ValidationProblem, ProblemHttpResult>> Page(
        string? entityType, int? page, int? pageSize, AuditLog log, CancellationToken ct) =>
        (await log.PageAsync(entityType, page ?? 1, pageSize ?? 50, ct)).ToHttp(p => TypedResults.Ok(new AuditPageDto(
            [.. p.Events.Select(e => e.ToDto())], p.Page, p.PageSize, p.Total, p.FirstBreak is null, p.FirstBreak)));

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Export(AuditLog log, CancellationToken ct) =>
        (await log.ExportAsync(ct)).ToHttp(events => TypedResults.File(AuditCsv.Write(events), "text/csv; charset=utf-8", "audit-log.csv"));
}

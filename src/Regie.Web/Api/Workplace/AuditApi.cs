using System.Globalization;
using System.Text;
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

/// <summary>The audit log as CSV (RFC 4180, UTF-8 with BOM for spreadsheet programs); one row per event.</summary>
internal static class AuditCsv
{
    private static readonly string[] Header =
        ["sequence", "at_utc", "actor_id", "actor_name", "actor_roles", "action", "entity_type", "entity_id", "before", "after", "previous_hash", "hash"];

    public static byte[] Write(IEnumerable<AuditEvent> events)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Header).Append("\r\n");
        foreach (var e in events)
        {
            string[] row =
            [
                e.Sequence.ToString(CultureInfo.InvariantCulture), e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                e.ActorId, e.ActorName, e.ActorRoles, e.Action, e.EntityType, e.EntityId, e.Before ?? "", e.After ?? "", e.PreviousHash, e.Hash,
            ];
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Quotes a field when needed; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Core.Results;
using Regie.Web.Reports;
using Regie.Workplace;
using Regie.Workplace.Reports;

namespace Regie.Web.Api.Workplace;

/// <summary>
/// Reports (issue 5, item 7): <c>/api/orgs/{orgId}/ai-systems/{id}/reports/{report}.{format}</c> for the
/// works-council dossier (<c>or-dossier</c>) and the deployer documentation (<c>gebruiksverantwoording</c>),
/// <c>/api/orgs/{orgId}/reports/bestuurssamenvatting.{format}</c> for the board summary, and
/// <c>…/{report}/tables/{table}.csv</c> for one table. Each part shows what the reader's role may see on the pages.
/// </summary>
internal static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var org = app.MapGroup(OrganisationsApi.OrganisationPrefix).WithTags("Reports").RequireAuthorization();
        org.MapGet("/ai-systems/{id:guid}/reports/{report}.{format}", SystemReport).WithName("GetSystemReport")
            .WithDescription("A report about one AI system (report: or-dossier | gebruiksverantwoording) as json | pdf | html | xlsx, in the request's language.");
        org.MapGet("/ai-systems/{id:guid}/reports/{report}/tables/{table}.csv", SystemReportTable).WithName("GetSystemReportTable")
            .WithDescription("One table of a report about one AI system as CSV.");
        org.MapGet("/reports/{report}.{format}", BoardReport).WithName("GetBoardReport")
            .WithDescription("The board summary (report: bestuurssamenvatting) as json | pdf | html | xlsx.");
        org.MapGet("/reports/{report}/tables/{table}.csv", BoardReportTable).WithName("GetBoardReportTable")
            .WithDescription("One table of the board summary as CSV.");
        return app;
    }

    private static async Task<IResult> SystemReport(
        Guid id, string report, string format, SystemReportReader reader, ReportComposer composer, CancellationToken ct)
    {
        if (ReportKinds.FromSlug(report) is not { } kind || kind == ReportKind.BoardSummary)
        {
            return Unknown(report);
        }

        var read = await reader.ReadAsync(id, ct);
        return read.TryGetValue(out var value) ? ReportFiles.Write(composer.Compose(kind, value), kind, format) : Problem(read.Error!);
    }

    private static async Task<IResult> SystemReportTable(
        Guid id, string report, string table, SystemReportReader reader, ReportComposer composer, CancellationToken ct)
    {
        if (ReportKinds.FromSlug(report) is not { } kind || kind == ReportKind.BoardSummary)
        {
            return Unknown(report);
        }

        var read = await reader.ReadAsync(id, ct);
        return read.TryGetValue(out var value) ? ReportFiles.Table(composer.Compose(kind, value), table) : Problem(read.Error!);
    }

    private static async Task<IResult> BoardReport(string report, string format, BoardReportReader reader, ReportComposer composer, CancellationToken ct)
    {
        if (ReportKinds.FromSlug(report) != ReportKind.BoardSummary)
        {
            return Unknown(report);
        }

        var read = await reader.ReadAsync(ct);
        return read.TryGetValue(out var value) ? ReportFiles.Write(composer.BoardSummary(value), ReportKind.BoardSummary, format) : Problem(read.Error!);
    }

    private static async Task<IResult> BoardReportTable(string report, string table, BoardReportReader reader, ReportComposer composer, CancellationToken ct)
    {
        if (ReportKinds.FromSlug(report) != ReportKind.BoardSummary)
        {
            return Unknown(report);
        }

        var read = await reader.ReadAsync(ct);
        return read.TryGetValue(out var value) ? ReportFiles.Table(composer.BoardSummary(value), table) : Problem(read.Error!);
    }

    private static IResult Unknown(string report) => Problem(new ReportNotFound(report));

    private static IResult Problem(Error error) => error.ToHttpError().Result;
}

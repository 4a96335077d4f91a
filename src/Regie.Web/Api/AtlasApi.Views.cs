using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regie.Core.Provenance;
using Regie.Monitor.Atlas;
using Regie.Web.Export;
using ApiError = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Regie.Web.Api;

internal static partial class AtlasApi
{
    private const string FormatDescription = "json (default), csv or xlsx.";

    private static async Task<Results<Ok<AtlasSummary>, FileContentHttpResult, ApiError>> GetSummary(
        [FromQuery, Description(FormatDescription)] string? format,
        [FromQuery, Description("With format=csv: classes (default) or indices.")] string? table,
        [FromServices] IExposureAtlas atlas,
        CancellationToken cancellationToken)
    {
        var export = ExportRequest.Parse(format, table);
        return export.IsSuccess
            ? await Download.RespondAsync(await atlas.GetSummaryAsync(cancellationToken), export.Value, (summary, period) => summary.ToExport(period), atlas, cancellationToken)
            : export.Error.ToHttpError();
    }

    private static async Task<Results<Ok<SectorList>, FileContentHttpResult, ApiError>> GetSectors(
        [FromQuery, Description("Year of the sector × occupation matrix, e.g. 2024; the latest when absent.")] string? year,
        [FromQuery, Description(FormatDescription)] string? format,
        [FromQuery, Description("With format=csv: sectors (default) or major-groups.")] string? table,
        [FromServices] IExposureAtlas atlas,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var parsedYear = errors.Collect(QueryValues.Year(year), null);
        var export = errors.Collect(ExportRequest.Parse(format, table), ExportRequest.Json);
        if (errors.ToError() is { } invalid)
        {
            return invalid.ToHttpError();
        }

        var result = await atlas.GetSectorsAsync(parsedYear, cancellationToken);
        return await Download.RespondAsync(result, export, (list, _) => list.ToExport(), atlas, cancellationToken);
    }

    private static async Task<Results<Ok<GroupViews>, FileContentHttpResult, ApiError>> GetGroups(
        [FromQuery, Description(FormatDescription)] string? format,
        [FromServices] IExposureAtlas atlas,
        CancellationToken cancellationToken)
    {
        var export = ExportRequest.Parse(format, null);
        return export.IsSuccess
            ? await Download.RespondAsync(await atlas.GetGroupsAsync(cancellationToken), export.Value, (views, period) => views.ToExport(period), atlas, cancellationToken)
            : export.Error.ToHttpError();
    }

    private static async Task<Results<Ok<IndexComparison>, FileContentHttpResult, ApiError>> GetIndices(
        [FromQuery, Description(FormatDescription)] string? format,
        [FromQuery, Description("With format=csv: correlations (default), disagreements or indices.")] string? table,
        [FromServices] IExposureAtlas atlas,
        CancellationToken cancellationToken)
    {
        var export = ExportRequest.Parse(format, table);
        return export.IsSuccess
            ? await Download.RespondAsync(await atlas.GetIndexComparisonAsync(cancellationToken), export.Value, (comparison, period) => comparison.ToExport(period), atlas, cancellationToken)
            : export.Error.ToHttpError();
    }

    private static async Task<Ok<IReadOnlyList<SourceInfo>>> GetSources([FromServices] IExposureAtlas atlas, CancellationToken cancellationToken) =>
        TypedResults.Ok(await atlas.GetSourcesAsync(cancellationToken));
}

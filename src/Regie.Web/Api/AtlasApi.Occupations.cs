using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regie.Monitor.Atlas;
using Regie.Web.Export;
using ApiError = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Regie.Web.Api;

internal static partial class AtlasApi
{
    private static async Task<Results<Ok<OccupationList>, FileContentHttpResult, ApiError>> GetOccupations(
        [AsParameters] OccupationListRequest request, [FromServices] IExposureAtlas atlas, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var export = errors.Collect(ExportRequest.Parse(request.Format, null), ExportRequest.Json);
        var descending = errors.Collect(QueryValues.Boolean("desc", request.Desc, fallback: true), true);
        var query = new OccupationQuery(
            QueryValues.OrNull(request.Q),
            QueryValues.OrNull(request.Class),
            QueryValues.OrNull(request.BrcClass),
            QueryValues.OrNull(request.Sort),
            descending,
            QueryValues.OrNull(request.Index));
        errors.Check(query.Validate());
        if (errors.ToError() is { } invalid)
        {
            return invalid.ToHttpError();
        }

        var result = await atlas.GetOccupationsAsync(query, cancellationToken);
        return await Download.RespondAsync(result, export, (list, _) => list.ToExport(), atlas, cancellationToken);
    }

    private static async Task<Results<Ok<OccupationDetail>, FileContentHttpResult, ApiError>> GetOccupation(
        [Description("BRC 2014 occupation group code, four digits, e.g. 0811.")] string code,
        [FromQuery, Description("json (default), csv or xlsx.")] string? format,
        [FromQuery, Description("With format=csv: unit-groups (default), tasks, esco-occupations or occupation.")] string? table,
        [FromServices] IExposureAtlas atlas,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var parsedCode = errors.Collect(QueryValues.OccupationCode(code), code);
        var export = errors.Collect(ExportRequest.Parse(format, table), ExportRequest.Json);
        if (errors.ToError() is { } invalid)
        {
            return invalid.ToHttpError();
        }

        var result = await atlas.GetOccupationAsync(parsedCode, cancellationToken);
        return await Download.RespondAsync(result, export, (detail, period) => detail.ToExport(period), atlas, cancellationToken);
    }
}

/// <summary>Query values of <c>GET /api/atlas/occupations</c>, as the client sent them; blank means absent.</summary>
/// <remarks>
/// A class with properties rather than a positional record: OpenAPI generation fails on [Description] attributes on
/// the constructor parameters of an [AsParameters] record (dotnet/aspnetcore#65348).
/// </remarks>
internal sealed class OccupationListRequest
{
    [FromQuery(Name = "q"), Description("Text in the BRC title, segment, code or a unit group's title (case- and accent-insensitive).")]
    public string? Q { get; init; }

    [FromQuery(Name = "class"), Description("Only groups whose dominant ILO 2025 class is this id, e.g. gradient-4.")]
    public string? Class { get; init; }

    [FromQuery(Name = "brcClass"), Description("Only groups in this BRC 2014 class (two digits, e.g. 08).")]
    public string? BrcClass { get; init; }

    [FromQuery(Name = "sort"), Description("exposure (default), code, title, employed, change, women, higher-education or pay.")]
    public string? Sort { get; init; }

    [FromQuery(Name = "desc"), Description("Sort descending: true (default) or false.")]
    public string? Desc { get; init; }

    [FromQuery(Name = "index"), Description("Index used by the exposure sort, e.g. ilo-2025 (default). See /api/atlas/indices.")]
    public string? Index { get; init; }

    [FromQuery(Name = "format"), Description("json (default), csv or xlsx.")]
    public string? Format { get; init; }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Core.Results;
using Regie.Monitor.Atlas;
using Regie.Web.Export;
using ApiError = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Regie.Web.Api;

/// <summary>Answers with a view as JSON, or as a CSV or Excel download of the same figures with their sources.</summary>
internal static class Download
{
    /// <summary>An atlas result: its error as a problem, or its view as JSON or a download.</summary>
    public static async Task<Results<Ok<TView>, FileContentHttpResult, ApiError>> RespondAsync<TView>(
        Result<TView> result,
        ExportRequest request,
        Func<TView, string, ExportDocument> toDocument,
        IExposureAtlas atlas,
        CancellationToken cancellationToken) =>
        result.IsSuccess
            ? await RespondAsync(result.Value, request, toDocument, atlas, cancellationToken)
            : result.Error.ToHttpError();

    /// <param name="toDocument">Makes the download from the view and the employment period of the data (for the file name).</param>
    public static async Task<Results<Ok<TView>, FileContentHttpResult, ApiError>> RespondAsync<TView>(
        TView view,
        ExportRequest request,
        Func<TView, string, ExportDocument> toDocument,
        IExposureAtlas atlas,
        CancellationToken cancellationToken)
    {
        if (request.Format == ExportFormat.Json)
        {
            return TypedResults.Ok(view);
        }

        var summary = await atlas.GetSummaryAsync(cancellationToken);
        var document = toDocument(view, summary.EmploymentPeriod);
        if (request.Format == ExportFormat.Xlsx)
        {
            var catalogue = await atlas.GetSourcesAsync(cancellationToken);
            var disclaimers = await atlas.GetDisclaimersAsync(cancellationToken);
            return TypedResults.File(ExcelExport.Write(document, catalogue, disclaimers), ExportFormats.XlsxContentType, document.FileName(ExportFormat.Xlsx));
        }

        if (document.Find(request.Table) is not { } table)
        {
            var tables = string.Join(", ", document.Tables.Select(t => t.Id));
            return ValidationError.For("table", $"Unknown table '{request.Table}'. Use one of: {tables}.").ToHttpError();
        }

        var csv = CsvExport.Write(table, document.Provenance);
        return TypedResults.File(csv, ExportFormats.CsvContentType, document.FileName(ExportFormat.Csv, table));
    }
}

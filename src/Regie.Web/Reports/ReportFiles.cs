using System.Globalization;
using System.Text;
using System.Text.Json;
using Regie.Core.Documents;
using Regie.Documents.Html;
using Regie.Documents.Pdf;
using Regie.Documents.Tables;
using Regie.Web.Api;

namespace Regie.Web.Reports;

/// <summary>A composed report in the format asked for, as an HTTP answer with a file name (ADR 0012).</summary>
internal static class ReportFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The formats a whole report comes in.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["pdf", "html", "xlsx", "json"];

    public static IResult Write(ReportDocument document, ReportKind kind, string format)
    {
        var name = $"{kind.Slug()}-{document.Produced.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{format.ToLowerInvariant()}";
        return format.ToLowerInvariant() switch
        {
            "pdf" => TypedResults.File(PdfReportWriter.Write(document), "application/pdf", name),
            "html" => TypedResults.File(Encoding.UTF8.GetBytes(HtmlReportWriter.Standalone(document)), "text/html; charset=utf-8", name),
            "xlsx" => TypedResults.File(XlsxReportWriter.Write(document), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name),
            "json" => TypedResults.Json(document, Json),
            _ => new ReportNotFound(format).ToHttpError().Result,
        };
    }

    public static IResult Table(ReportDocument document, string id) =>
        document.Tables().FirstOrDefault(t => t.Id == id) is { } table
            ? TypedResults.File(CsvTableWriter.Write(table, document.Labels), "text/csv; charset=utf-8", $"{id}.csv")
            : new ReportNotFound(id).ToHttpError().Result;
}

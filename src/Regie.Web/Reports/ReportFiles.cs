using System.Text.Json;
using Regie.Core.Documents;
using Regie.Web.Api;

namespace Regie.Web.Reports;

/// <summary>A composed report in the format asked for, as an HTTP answer with a file name.</summary>
internal static class ReportFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IResult Write(ReportDocument document, ReportKind kind, string format) => format.ToLowerInvariant() switch
    {
        "json" => TypedResults.Json(document, Json),
        _ => new ReportNotFound(format).ToHttpError().Result,
    };

    public static IResult Table(ReportDocument document, string id) =>
        document.Tables().FirstOrDefault(t => t.Id == id) is { } table
            ? TypedResults.Text(string.Join('\n', table.Rows.Select(r => string.Join(',', r.Select(c => c.Text)))), "text/csv")
            : new ReportNotFound(id).ToHttpError().Result;
}

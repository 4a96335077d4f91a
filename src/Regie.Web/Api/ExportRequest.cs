using Regie.Core.Results;
using Regie.Web.Export;

namespace Regie.Web.Api;

/// <summary>How the client wants a view: its format and, for CSV, which table of the view.</summary>
internal sealed record ExportRequest(ExportFormat Format, string? Table)
{
    public static ExportRequest Json { get; } = new(ExportFormat.Json, null);

    /// <summary>Parses the <c>format</c> and <c>table</c> query values; a table is chosen only for CSV.</summary>
    public static Result<ExportRequest> Parse(string? format, string? table)
    {
        var parsed = ExportFormats.Parse(format);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        var tableId = QueryValues.OrNull(table);
        return tableId is not null && parsed.Value != ExportFormat.Csv
            ? ValidationError.For("table", "A table is chosen only with format=csv; Excel downloads hold every table.")
            : new ExportRequest(parsed.Value, tableId);
    }
}

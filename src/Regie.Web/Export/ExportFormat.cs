using Regie.Core.Results;

namespace Regie.Web.Export;

/// <summary>How a view is returned: as JSON, or downloaded as a CSV or Excel file.</summary>
internal enum ExportFormat
{
    Json,
    Csv,
    Xlsx,
}

/// <summary>Parsing and file details of <see cref="ExportFormat"/>.</summary>
internal static class ExportFormats
{
    public const string CsvMediaType = "text/csv";
    public const string CsvContentType = CsvMediaType + "; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Parses the <c>format</c> query value; absent means JSON.</summary>
    public static Result<ExportFormat> Parse(string? text) => text?.Trim() switch
    {
        null or "" => ExportFormat.Json,
        var value when value.Equals("json", StringComparison.OrdinalIgnoreCase) => ExportFormat.Json,
        var value when value.Equals("csv", StringComparison.OrdinalIgnoreCase) => ExportFormat.Csv,
        var value when value.Equals("xlsx", StringComparison.OrdinalIgnoreCase) => ExportFormat.Xlsx,
        _ => ValidationError.For("format", $"Unknown format '{text}'. Use one of: json, csv, xlsx."),
    };

    /// <summary>The file name extension, without the dot.</summary>
    public static string Extension(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Xlsx => "xlsx",
        _ => "json",
    };
}

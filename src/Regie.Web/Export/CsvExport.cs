using System.Globalization;
using System.Text;

namespace Regie.Web.Export;

/// <summary>
/// Writes one table as RFC 4180 CSV: UTF-8 with a byte order mark (so Excel reads the accents), CRLF line ends,
/// a header row, invariant-culture numbers, and a last <c>source</c> column that carries every row's provenance.
/// The same table gives the same bytes. A preamble (the scenario lab's run manifest) goes above the header as
/// lines starting with <c>#</c>.
/// </summary>
internal static class CsvExport
{
    public const string SourceColumn = "source";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Write(ExportTable table, ExportProvenance provenance, IReadOnlyList<string>? preamble = null)
    {
        var text = new StringBuilder();
        foreach (var line in preamble ?? [])
        {
            text.Append("# ").Append(line.ReplaceLineEndings(" ")).Append("\r\n");
        }

        AppendRecord(text, table.Columns.Select(column => column.Name).Append(SourceColumn));
        foreach (var row in table.Rows)
        {
            AppendRecord(text, row.Select(Format).Append(Escape(provenance.SourceLine)));
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    private static void AppendRecord(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields).Append("\r\n");
    }

    private static string Format(object? cell) => cell switch
    {
        null => string.Empty,
        string value => Escape(Defuse(value)),
        double value => value.ToString("R", CultureInfo.InvariantCulture),
        long value => value.ToString(CultureInfo.InvariantCulture),
        bool value => value ? "true" : "false",
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell, "Export cells hold text, numbers, booleans or null."),
    };

    // RFC 4180 §2.6–2.7: quote a field that holds a comma, quote or line break, and double its quotes.
    private static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    // A text cell that starts like a formula is run by spreadsheets that open the file (OWASP "CSV injection");
    // a leading apostrophe makes them show it as text.
    private static string Defuse(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}

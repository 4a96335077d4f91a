using System.Globalization;
using System.Text;
using Regie.Core.Documents;

namespace Regie.Documents.Tables;

/// <summary>
/// Writes one report table as CSV, with the conventions of Regie's other CSV downloads: RFC 4180, UTF-8 with a byte
/// order mark (so Excel reads the accents), comma separator, CRLF line ends, a header row, and text that starts like
/// a formula prefixed with an apostrophe (OWASP "CSV injection"). Numbers and percentage shares (0..1) are written
/// with a decimal point, dates as yyyy-MM-dd; a cell without a typed value keeps its text. When the table has a
/// source, a last column (headed with the source label) carries it on every row. The same table gives the same bytes.
/// </summary>
public static class CsvTableWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The CSV file of <paramref name="table"/>; <paramref name="labels"/> gives the source column's header.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The table has no columns, or a row has the wrong number of cells.</exception>
    public static byte[] Write(ReportTable table, ReportLabels labels)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(labels);
        TableShape.Require(table);
        var text = new StringBuilder();
        var header = table.Columns.Select(column => column.Header);
        Record(text, table.Source is null ? header : header.Append(labels.Source));
        foreach (var row in table.Rows)
        {
            var cells = row.Select((cell, c) => Format(cell, table.Columns[c].Kind));
            Record(text, table.Source is { } source ? cells.Append(source) : cells);
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    private static void Record(StringBuilder text, IEnumerable<string> fields) =>
        text.AppendJoin(',', fields.Select(field => Escape(Defuse(field)))).Append("\r\n");

    private static string Format(ReportCell cell, ReportColumnKind kind) => (kind, cell) switch
    {
        (ReportColumnKind.Number or ReportColumnKind.Percent, { Number: { } number }) => number.ToString(CultureInfo.InvariantCulture),
        (ReportColumnKind.Date, { Date: { } date }) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => cell.Text,
    };

    // RFC 4180 §2.6–2.7: quote a field that holds a comma, quote or line break, and double its quotes.
    private static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    // A field that starts like a formula is run by spreadsheets that open the file; a leading apostrophe makes them
    // show it as text. Numbers are never defused: a negative number stays a number.
    private static string Defuse(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(value) ? "'" + value : value;

    private static bool IsNumber(string value) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}

using System.Text;
using Regie.Core.Documents;
using Regie.Documents.Tables;

namespace Regie.Documents.Tests.Tables;

public sealed class CsvTableWriterTests
{
    private static readonly ReportTable Table = new(
        "t",
        "Tabel",
        [new ReportColumn("Naam"), new ReportColumn("Aantal", ReportColumnKind.Number), new ReportColumn("Aandeel", ReportColumnKind.Percent), new ReportColumn("Datum", ReportColumnKind.Date)],
        [
            ["Jansen, P.", new ReportCell("1.234,5", 1234.5m), new ReportCell("50%", 0.5m), new ReportCell("31-01-2027", Date: new DateOnly(2027, 1, 31))],
            ["Zegt \"ja\"\nen nee", new ReportCell("-3", -3m), new ReportCell("< 5", null), new ReportCell("", null)],
            ["=HYPERLINK(\"http://x\")", new ReportCell("", null), new ReportCell("", null), new ReportCell("onbekend", null)],
        ],
        "Register, stand 28-11-2026",
        "Leeg");

    [Fact]
    public void Starts_with_a_byte_order_mark_and_ends_lines_with_CRLF()
    {
        var bytes = CsvTableWriter.Write(Table, SampleReports.DutchLabels);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Naam,Aantal,Aandeel,Datum,Bron\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_fields_with_commas_quotes_and_line_breaks()
    {
        var lines = Lines(CsvTableWriter.Write(Table, SampleReports.DutchLabels));

        Assert.StartsWith("\"Jansen, P.\",", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("\"Zegt \"\"ja\"\"\nen nee\",", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",\"Register, stand 28-11-2026\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_typed_values_invariantly_and_keeps_the_text_of_suppressed_values()
    {
        var lines = Lines(CsvTableWriter.Write(Table, SampleReports.DutchLabels));

        Assert.Equal("\"Jansen, P.\",1234.5,0.5,2027-01-31,\"Register, stand 28-11-2026\"", lines[1]);
        Assert.Contains(",-3,< 5,,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Defuses_text_that_starts_like_a_formula()
    {
        var lines = Lines(CsvTableWriter.Write(Table, SampleReports.DutchLabels));

        Assert.StartsWith("\"'=HYPERLINK(\"\"http://x\"\")\",", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_out_the_source_column_when_the_table_has_no_source()
    {
        var lines = Lines(CsvTableWriter.Write(Table with { Source = null }, SampleReports.DutchLabels));

        Assert.Equal("Naam,Aantal,Aandeel,Datum", lines[0]);
        Assert.Equal("\"Jansen, P.\",1234.5,0.5,2027-01-31", lines[1]);
    }

    // Records, split on CRLF only: a line break inside a quoted field is a bare LF here.
    private static string[] Lines(byte[] bytes) => Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
}

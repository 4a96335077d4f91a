using System.Globalization;
using System.Text;
using Regie.Web.Export;

namespace Regie.Web.Tests.Export;

public sealed class CsvExportTests
{
    private static string Text(byte[] csv) => new UTF8Encoding(false).GetString(csv.AsSpan(3));

    [Fact]
    public void Starts_with_a_utf8_byte_order_mark_so_excel_reads_accents()
    {
        var table = Tables.Occupations(("0811", "Café-medewerkers", 0.5, 10));

        var csv = CsvExport.Write(table, Tables.Provenance);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        Assert.Contains("Café-medewerkers", Text(csv), StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_a_header_row_and_a_source_column_on_every_row()
    {
        var table = Tables.Occupations(("0811", "Artsen", 0.25, 1000), ("0812", "Verpleegkundigen", 0.2, 2000));

        var lines = Text(CsvExport.Write(table, Tables.Provenance)).Split("\r\n");

        Assert.Equal("code,title,exposure,employed,source", lines[0]);
        Assert.Equal("0811,Artsen,0.25,1000,\"ILO 2025 (Gmyrek et al.); CBS 85276NED, 2025 Q4\"", lines[1]);
        Assert.Equal(4, lines.Length);
        Assert.Equal(string.Empty, lines[3]);
    }

    [Fact]
    public void Quotes_fields_with_commas_quotes_and_line_breaks()
    {
        var table = Tables.Occupations(("0811", "Koks, \"chefs\"\nen bakkers", null, null));

        var lines = Text(CsvExport.Write(table, Tables.Provenance)).Split("\r\n");

        Assert.StartsWith("0811,\"Koks, \"\"chefs\"\"\nen bakkers\",,,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_numbers_in_the_invariant_culture_whatever_the_current_culture()
    {
        var table = Tables.Occupations(("0811", "Artsen", 1234.5678, 1234567));
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");

        string line;
        try
        {
            line = Text(CsvExport.Write(table, Tables.Provenance)).Split("\r\n")[1];
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.StartsWith("0811,Artsen,1234.5678,1234567,", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_unpublished_values_empty_rather_than_zero()
    {
        var table = Tables.Occupations(("0811", "Artsen", null, null));

        var line = Text(CsvExport.Write(table, Tables.Provenance)).Split("\r\n")[1];

        Assert.StartsWith("0811,Artsen,,,", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Defuses_text_that_a_spreadsheet_would_run_as_a_formula()
    {
        var table = Tables.Occupations(("0811", "=HYPERLINK(\"x\")", -0.5, null));

        var line = Text(CsvExport.Write(table, Tables.Provenance)).Split("\r\n")[1];

        Assert.StartsWith("0811,\"'=HYPERLINK(\"\"x\"\")\",-0.5,,", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_table_gives_the_same_bytes()
    {
        var first = CsvExport.Write(Tables.Occupations(("0811", "Artsen", 0.1, 5)), Tables.Provenance);

        var second = CsvExport.Write(Tables.Occupations(("0811", "Artsen", 0.1, 5)), Tables.Provenance);

        Assert.Equal(first, second);
    }
}

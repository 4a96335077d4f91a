using ClosedXML.Excel;
using Regie.Web.Export;

namespace Regie.Web.Tests.Export;

public sealed class ExcelExportTests
{
    private static XLWorkbook Open(byte[] xlsx) => new(new MemoryStream(xlsx));

    [Fact]
    public void Writes_one_sheet_per_table_and_a_sources_sheet_last()
    {
        var document = Tables.Document(Tables.Occupations(("0811", "Artsen", 0.25, 1000)));

        using var workbook = Open(ExcelExport.Write(document, Tables.Catalogue));

        Assert.Equal(["Occupations", "Other", "Sources"], workbook.Worksheets.Select(sheet => sheet.Name));
    }

    [Fact]
    public void Writes_numbers_as_numeric_cells_and_codes_as_text()
    {
        var document = Tables.Document(Tables.Occupations(("0811", "Artsen", 0.25, 1000)));

        using var workbook = Open(ExcelExport.Write(document, Tables.Catalogue));

        var sheet = workbook.Worksheet("Occupations");
        Assert.Equal(XLDataType.Text, sheet.Cell("A2").DataType);
        Assert.Equal("0811", sheet.Cell("A2").GetString());
        Assert.Equal(XLDataType.Number, sheet.Cell("C2").DataType);
        Assert.Equal(0.25, sheet.Cell("C2").GetDouble());
        Assert.Equal(1000, sheet.Cell("D2").GetDouble());
    }

    [Fact]
    public void Leaves_unpublished_values_as_empty_cells()
    {
        var document = Tables.Document(Tables.Occupations(("0811", "Artsen", null, null)));

        using var workbook = Open(ExcelExport.Write(document, Tables.Catalogue));

        Assert.True(workbook.Worksheet("Occupations").Cell("C2").IsEmpty());
    }

    [Fact]
    public void Has_a_bold_frozen_header_with_an_autofilter_and_a_source_column()
    {
        var document = Tables.Document(Tables.Occupations(("0811", "Artsen", 0.25, 1000)));

        using var workbook = Open(ExcelExport.Write(document, Tables.Catalogue));

        var sheet = workbook.Worksheet("Occupations");
        Assert.True(sheet.Cell("A1").Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal("source", sheet.Cell("E1").GetString());
        Assert.Equal(Tables.Provenance.SourceLine, sheet.Cell("E2").GetString());
    }

    [Fact]
    public void The_sources_sheet_names_licence_attribution_aggregation_rule_and_caveats()
    {
        var document = Tables.Document(Tables.Occupations(("0811", "Artsen", 0.25, 1000)));

        using var workbook = Open(ExcelExport.Write(document, Tables.Catalogue));

        var text = workbook.Worksheet(ExcelExport.SourcesSheet).CellsUsed().Select(cell => cell.GetString()).ToList();
        Assert.Contains("ILO 2025 (Gmyrek et al.)", text);
        Assert.Contains("CBS 85276NED, 2025 Q4", text);
        Assert.Contains("CC BY 4.0", text);
        Assert.Contains("© ILO 2025, adapted.", text);
        Assert.Contains("Mean of the unit groups' scores.", text);
        Assert.Contains("Exposure is not job loss.", text);
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var document = Tables.Document(Tables.Occupations(("0811", "Artsen", 0.25, 1000)));
        var first = ExcelExport.Write(document, Tables.Catalogue);

        var second = ExcelExport.Write(document, Tables.Catalogue);

        Assert.Equal(first, second);
    }
}

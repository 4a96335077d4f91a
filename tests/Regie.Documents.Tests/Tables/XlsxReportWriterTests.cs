using ClosedXML.Excel;
using Regie.Core.Documents;
using Regie.Documents.Tables;

namespace Regie.Documents.Tests.Tables;

public sealed class XlsxReportWriterTests
{
    [Fact]
    public void The_first_sheet_holds_the_title_the_production_date_the_facts_and_the_sources()
    {
        using var workbook = Open(SampleReports.Dossier());

        var sheet = workbook.Worksheet(1);
        Assert.Equal("Inhoud", sheet.Name);
        Assert.Equal("OR-dossier: Roosterplanner – inzet van AI bij het maken van diensten", sheet.Cell(1, 1).GetString());
        Assert.Equal(new DateTime(2026, 11, 28, 9, 15, 0), sheet.Cell(2, 2).GetDateTime());
        Assert.Equal("Begroting", sheet.Cell(6, 1).GetString());
        Assert.Equal("€ 48.500 per jaar", sheet.Cell(6, 2).GetString());
        var texts = sheet.CellsUsed().Select(cell => cell.GetString()).ToList();
        Assert.Contains("SER-advies \"AI en werk\" (2025)", texts);
        Assert.Contains("Risico's met maatregelen, hoogste score eerst", texts);
    }

    [Fact]
    public void Each_table_gets_a_sheet_named_after_its_id()
    {
        using var workbook = Open(SampleReports.Dossier());

        Assert.Equal(["Inhoud", "risicos", "stemmen"], workbook.Worksheets.Select(sheet => sheet.Name));
    }

    [Fact]
    public void Cells_are_typed_numbers_percentages_dates_and_text()
    {
        using var workbook = Open(SampleReports.Dossier());

        var sheet = workbook.Worksheet("risicos");
        Assert.Equal(["Risico", "Score", "Maatregel", "Deadline", "Afgerond", "Bron"], sheet.Row(1).CellsUsed().Select(cell => cell.GetString()));
        Assert.True(sheet.Row(1).Style.Font.Bold || sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(XLDataType.Number, sheet.Cell(2, 2).DataType);
        Assert.Equal(12m, sheet.Cell(2, 2).GetValue<decimal>());
        Assert.Equal(XLDataType.Number, sheet.Cell(2, 5).DataType);
        Assert.Equal(0.5m, sheet.Cell(2, 5).GetValue<decimal>());
        Assert.Contains("%", sheet.Cell(2, 5).Style.NumberFormat.Format, StringComparison.Ordinal);
        Assert.Equal(XLDataType.DateTime, sheet.Cell(2, 4).DataType);
        Assert.Equal(new DateTime(2027, 1, 31), sheet.Cell(2, 4).GetDateTime());
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 1).DataType);
        Assert.True(sheet.Cell(4, 4).IsEmpty());
        Assert.Equal("Effectbeoordeling Roosterplanner, versie 3 (vastgesteld 20 november 2026)", sheet.Cell(2, 6).GetString());
    }

    [Fact]
    public void Text_that_looks_like_a_formula_stays_text()
    {
        var document = SampleReports.Dossier() with
        {
            Sections = [new ReportSection("s", "Kop", new ReportTable("t", "T", [new ReportColumn("Tekst")], [["=1+1"]], null, "Leeg"))],
        };

        using var workbook = Open(document);

        var cell = workbook.Worksheet("t").Cell(2, 1);
        Assert.False(cell.HasFormula);
        Assert.Equal("=1+1", cell.GetString());
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        Assert.Equal(XlsxReportWriter.Write(SampleReports.Dossier()), XlsxReportWriter.Write(SampleReports.Dossier()));
    }

    private static XLWorkbook Open(ReportDocument document) => new(new MemoryStream(XlsxReportWriter.Write(document)));
}

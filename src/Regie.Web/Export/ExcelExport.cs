using ClosedXML.Excel;
using Regie.Core.Provenance;

namespace Regie.Web.Export;

/// <summary>
/// Writes a download as an Excel workbook: one sheet per table (typed cells, bold frozen header, autofilter,
/// a <c>source</c> column) and a "Sources" sheet with the sources, their licences and attributions, the
/// aggregation rule and the caveats. The same document gives the same bytes.
/// </summary>
internal static class ExcelExport
{
    public const string SourcesSheet = "Sources";

    public static byte[] Write(ExportDocument document, IReadOnlyList<SourceInfo> catalogue, IReadOnlyDictionary<string, string> disclaimers) =>
        Write(document, SourcesSheet, sheet => SourcesSheetWriter.Add(sheet, document.Provenance, catalogue, disclaimers));

    /// <summary>The tables' sheets, then a last sheet named <paramref name="lastSheet"/> filled by <paramref name="fillLastSheet"/>.</summary>
    public static byte[] Write(ExportDocument document, string lastSheet, Action<IXLWorksheet> fillLastSheet)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = document.Title;
        workbook.Properties.Author = "Regie";
        workbook.Properties.Created = Regie.Documents.Tables.OpenXmlNormaliser.FixedTimestamp;
        workbook.Properties.Modified = Regie.Documents.Tables.OpenXmlNormaliser.FixedTimestamp;

        foreach (var table in document.Tables)
        {
            AddTable(workbook, table, document.Provenance.SourceLine);
        }

        fillLastSheet(workbook.Worksheets.Add(lastSheet));

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return Regie.Documents.Tables.OpenXmlNormaliser.Normalise(stream.ToArray());
    }

    private static void AddTable(XLWorkbook workbook, ExportTable table, string sourceLine)
    {
        var sheet = workbook.Worksheets.Add(table.SheetName);
        var columns = table.Columns.Count + 1;
        for (var c = 0; c < table.Columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(table.Columns[c].Name);
        }

        sheet.Cell(1, columns).SetValue(CsvExport.SourceColumn);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            for (var c = 0; c < row.Length; c++)
            {
                SetCell(sheet.Cell(r + 2, c + 1), row[c]);
            }

            sheet.Cell(r + 2, columns).SetValue(sourceLine);
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, table.Rows.Count + 1, columns).SetAutoFilter();
        ColumnWidths.Set(sheet, table);
    }

    private static void SetCell(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                cell.SetValue(text);
                break;
            case double number:
                cell.SetValue(number);
                break;
            case long number:
                cell.SetValue(number);
                break;
            case bool flag:
                cell.SetValue(flag);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, "Export cells hold text, numbers, booleans or null.");
        }
    }
}

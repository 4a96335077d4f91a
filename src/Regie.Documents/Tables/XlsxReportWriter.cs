using ClosedXML.Excel;
using Regie.Core.Documents;

namespace Regie.Documents.Tables;

/// <summary>
/// Writes the tables of a report as an Excel workbook with ClosedXML, in the conventions of Regie's other Excel
/// downloads: a first sheet with the title, production date, facts, the list of tables and the sources; then one sheet
/// per table (named after the table id), with a bold, shaded, frozen header row, an autofilter, typed cells (numbers
/// as numbers, shares as percentages, dates as dates) and the source in a last column. The same document gives the
/// same bytes.
/// </summary>
public static class XlsxReportWriter
{
    private static readonly XLColor HeaderFill = XLColor.FromArgb(0xe6, 0xec, 0xf2);

    /// <summary>The workbook of <paramref name="document"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static byte[] Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = document.Title;
        workbook.Properties.Author = "Regie";
        workbook.Properties.Created = document.Produced.UtcDateTime;
        workbook.Properties.Modified = document.Produced.UtcDateTime;

        var names = new SheetNames();
        var overview = workbook.Worksheets.Add(names.Claim(document.Labels.Contents));
        var tables = document.Tables().Select(table => (Table: table, Sheet: names.Claim(table.Id))).ToList();
        OverviewSheet.Fill(overview, document, tables);
        foreach (var (table, sheet) in tables)
        {
            AddTable(workbook.Worksheets.Add(sheet), table, document.Labels);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return OpenXmlNormaliser.Normalise(stream.ToArray());
    }

    private static void AddTable(IXLWorksheet sheet, ReportTable table, ReportLabels labels)
    {
        TableShape.Require(table);
        var columns = table.Columns.Count + (table.Source is null ? 0 : 1);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(table.Columns[c].Header);
        }

        if (table.Source is { } source)
        {
            sheet.Cell(1, columns).SetValue(labels.Source);
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                TypedCell.Set(sheet.Cell(r + 2, c + 1), table.Rows[r][c], table.Columns[c].Kind);
            }

            if (table.Source is { } rowSource)
            {
                sheet.Cell(r + 2, columns).SetValue(rowSource);
            }
        }

        var header = sheet.Range(1, 1, 1, columns);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = HeaderFill;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, table.Rows.Count + 1, columns).SetAutoFilter();
        SheetColumnWidths.Set(sheet, table);
    }
}

using ClosedXML.Excel;
using Regie.Core.Documents;

namespace Regie.Documents.Tables;

/// <summary>The first sheet of a report workbook: title, production date, facts, the tables (linked) and the sources.</summary>
internal static class OverviewSheet
{
    public static void Fill(IXLWorksheet sheet, ReportDocument document, IReadOnlyList<(ReportTable Table, string Sheet)> tables)
    {
        var title = sheet.Cell(1, 1).SetValue(document.Title);
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;

        sheet.Cell(2, 1).SetValue(document.Labels.Produced).Style.Font.Bold = true;
        var produced = sheet.Cell(2, 2).SetValue(document.Produced.DateTime);
        produced.Style.NumberFormat.Format = "yyyy-mm-dd hh:mm";
        produced.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;

        var row = 3;
        foreach (var fact in document.Facts)
        {
            sheet.Cell(row, 1).SetValue(fact.Label).Style.Font.Bold = true;
            Text(sheet.Cell(row, 2), fact.Value);
            row++;
        }

        if (tables.Count > 0)
        {
            sheet.Cell(++row, 1).SetValue(document.Labels.Contents).Style.Font.Bold = true;
            foreach (var (table, name) in tables)
            {
                var link = sheet.Cell(++row, 1).SetValue(name);
                link.Hyperlink = new XLHyperlink($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!A1");
                Text(sheet.Cell(row, 2), table.Caption);
            }

            row++;
        }

        if (document.Sources.Count > 0)
        {
            sheet.Cell(++row, 1).SetValue(document.Labels.Sources).Style.Font.Bold = true;
            foreach (var source in document.Sources)
            {
                Text(sheet.Cell(++row, 1), source);
            }
        }

        sheet.Column(1).Width = 32;
        sheet.Column(2).Width = 80;
        sheet.Column(2).Style.Alignment.WrapText = true;
    }

    private static void Text(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }
}

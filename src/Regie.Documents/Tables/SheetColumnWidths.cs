using ClosedXML.Excel;
using Regie.Core.Documents;

namespace Regie.Documents.Tables;

/// <summary>
/// Column widths from the number of characters in them. ClosedXML's AdjustToContents measures fonts with
/// System.Drawing, which needs libgdiplus on Linux; counting characters needs nothing and is deterministic.
/// </summary>
internal static class SheetColumnWidths
{
    private const int Narrowest = 8;
    private const int Widest = 60;
    private const int SourceWidth = 40;

    public static void Set(IXLWorksheet sheet, ReportTable table)
    {
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var widest = table.Rows.Select(row => row[c].Text.Length).Append(table.Columns[c].Header.Length).Max();
            sheet.Column(c + 1).Width = Math.Clamp(widest + 2, Narrowest, Widest);
        }

        if (table.Source is not null)
        {
            sheet.Column(table.Columns.Count + 1).Width = SourceWidth;
        }
    }
}

using ClosedXML.Excel;

namespace Regie.Web.Export;

/// <summary>
/// Sets column widths from the length of the text in them. ClosedXML's AdjustToContents measures fonts with
/// System.Drawing, which needs libgdiplus on Linux; counting characters needs nothing and is deterministic.
/// </summary>
internal static class ColumnWidths
{
    private const int Narrowest = 8;
    private const int Widest = 60;
    private const int NumberWidth = 12;
    private const int SourceWidth = 40;

    public static void Set(IXLWorksheet sheet, ExportTable table)
    {
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            var widest = column.Kind == ColumnKind.Text
                ? table.Rows.Select(row => (row[c] as string)?.Length ?? 0).DefaultIfEmpty(0).Max()
                : NumberWidth;
            sheet.Column(c + 1).Width = Math.Clamp(Math.Max(widest, column.Name.Length) + 2, Narrowest, Widest);
        }

        sheet.Column(table.Columns.Count + 1).Width = SourceWidth;
    }
}

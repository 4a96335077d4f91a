using ClosedXML.Excel;
using Regie.Core.Provenance;

namespace Regie.Web.Export;

/// <summary>Fills the "Sources" sheet: every source of the download with licence and attribution, then the aggregation rule and caveats.</summary>
internal static class SourcesSheetWriter
{
    private static readonly string[] Header = ["id", "label", "title", "publisher", "table", "period", "licence", "attribution", "url"];

    public static void Add(IXLWorksheet sheet, ExportProvenance provenance, IReadOnlyList<SourceInfo> catalogue)
    {
        var byId = catalogue.ToDictionary(source => source.Id, StringComparer.Ordinal);
        for (var c = 0; c < Header.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(Header[c]);
        }

        var row = 2;
        foreach (var source in provenance.Sources)
        {
            var info = byId.GetValueOrDefault(source.Id);
            string?[] values = [source.Id, source.Label, info?.Title, info?.Publisher, info?.Table, info?.Period, info?.Licence, info?.Attribution, info?.Url];
            for (var c = 0; c < values.Length; c++)
            {
                if (values[c] is { } value)
                {
                    sheet.Cell(row, c + 1).SetValue(value);
                }
            }

            row++;
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        row = AddSection(sheet, row + 1, "Aggregation rule", provenance.AggregationRule is { } rule ? [rule] : []);
        AddSection(sheet, row + 1, "Caveats", provenance.Caveats);
        sheet.Columns(1, 2).Width = 30;
        sheet.Columns(3, Header.Length).Width = 40;
    }

    private static int AddSection(IXLWorksheet sheet, int row, string title, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return row;
        }

        sheet.Cell(row, 1).SetValue(title).Style.Font.Bold = true;
        foreach (var line in lines)
        {
            sheet.Cell(++row, 1).SetValue(line);
        }

        return row + 1;
    }
}

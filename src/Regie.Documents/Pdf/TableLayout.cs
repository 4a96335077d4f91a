using PdfSharp.Drawing;
using Regie.Core.Documents;

namespace Regie.Documents.Pdf;

/// <summary>
/// Lays out a table: caption, a shaded header row that is repeated at the top of every page the table runs onto,
/// rows that move to the next page whole (a row is split only when it is taller than a page), and the source line.
/// </summary>
internal sealed class TableLayout(PageFlow flow, PdfFonts fonts, TextMeasure measure)
{
    public void Place(ReportTable table, string sourceLabel)
    {
        TableShape.Require(table);
        var caption = measure.Wrap(table.Caption, fonts.BodyBold, PageFlow.Width);
        var captionHeight = caption.Count * PdfStyle.BodyLine;
        if (table.Rows.Count == 0)
        {
            flow.Ensure(captionHeight + PdfStyle.BodyLine);
            Caption(caption);
            LineFlow.Place(flow, [.. measure.Wrap(table.EmptyText, fonts.Body, PageFlow.Width)
                .Select(line => new FlowLine(line, fonts.Body, PageFlow.Left, PageFlow.Width, PdfStyle.BodyLine, PdfStyle.Muted))]);
        }
        else
        {
            var widths = ColumnWidths.Compute(table, measure, fonts.Table, fonts.TableBold, PageFlow.Width);
            var header = new RowLines([.. table.Columns.Select((column, c) => Cell(column.Header, fonts.TableBold, widths[c]))]);
            var rows = table.Rows.Select(row => new RowLines([.. row.Select((cell, c) => Cell(cell.Text, fonts.Table, widths[c]))])).ToList();
            flow.Ensure(captionHeight + header.Height + Math.Min(rows[0].Height, PageFlow.PageBody / 2));
            Caption(caption);
            var draw = new RowPainter(flow, table, widths, fonts);
            draw.Header(header);
            foreach (var row in rows)
            {
                Place(row, header, draw);
            }
        }

        if (table.Source is { } source)
        {
            flow.Advance(3);
            LineFlow.Place(flow, [.. measure.Wrap($"{sourceLabel}: {source}", fonts.Small, PageFlow.Width)
                .Select(line => new FlowLine(line, fonts.Small, PageFlow.Left, PageFlow.Width, PdfStyle.SmallLine, PdfStyle.Muted))]);
        }
    }

    private void Caption(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            flow.Text(line, fonts.BodyBold, PageFlow.Left, PageFlow.Width, PdfStyle.BodyLine, PdfStyle.Text);
            flow.Advance(PdfStyle.BodyLine);
        }

        flow.Advance(3);
    }

    private IReadOnlyList<string> Cell(string text, XFont font, double width) =>
        measure.Wrap(text, font, width - (2 * PdfStyle.CellPadding));

    private void Place(RowLines row, RowLines header, RowPainter draw)
    {
        if (row.Height <= flow.Remaining)
        {
            draw.Body(row.Cells, 0, row.Lines);
            return;
        }

        if (row.Height <= PageFlow.PageBody - header.Height)
        {
            flow.NewPage();
            draw.Header(header);
            draw.Body(row.Cells, 0, row.Lines);
            return;
        }

        // Taller than a page: split the row by lines, repeating the header on each new page.
        var first = 0;
        while (first < row.Lines)
        {
            var fits = (int)Math.Floor((flow.Remaining - (2 * PdfStyle.CellPadding)) / PdfStyle.TableLine);
            if (fits <= 0)
            {
                flow.NewPage();
                draw.Header(header);
                continue;
            }

            var count = Math.Min(fits, row.Lines - first);
            draw.Body(row.Cells, first, count);
            first += count;
            if (first < row.Lines)
            {
                flow.NewPage();
                draw.Header(header);
            }
        }
    }
}

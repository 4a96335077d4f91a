using PdfSharp.Drawing;
using Regie.Core.Documents;

namespace Regie.Documents.Pdf;

/// <summary>A table row after wrapping: the lines of each cell.</summary>
internal sealed record RowLines(IReadOnlyList<IReadOnlyList<string>> Cells)
{
    public int Lines => Cells.Max(cell => cell.Count);

    public double Height => (Lines * PdfStyle.TableLine) + (2 * PdfStyle.CellPadding);
}

/// <summary>Places the header row and body rows of one table; numbers and percentages are right-aligned.</summary>
internal sealed class RowPainter(PageFlow flow, ReportTable table, double[] widths, PdfFonts fonts)
{
    public void Header(RowLines row)
    {
        var height = Draw(row.Cells, 0, row.Lines, fonts.TableBold, fill: true);
        flow.Add(new RuleLine(PageFlow.Left, flow.Y + height, PageFlow.Left + PageFlow.Width, flow.Y + height, 0.9, PdfStyle.Muted));
        flow.Advance(height);
    }

    /// <summary>Lines <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> of a body row.</summary>
    public void Body(IReadOnlyList<IReadOnlyList<string>> cells, int first, int count)
    {
        var height = Draw(cells, first, count, fonts.Table, fill: false);
        flow.Add(new RuleLine(PageFlow.Left, flow.Y + height, PageFlow.Left + PageFlow.Width, flow.Y + height, 0.4, PdfStyle.RuleColour));
        flow.Advance(height);
    }

    private double Draw(IReadOnlyList<IReadOnlyList<string>> cells, int first, int count, XFont font, bool fill)
    {
        var height = (count * PdfStyle.TableLine) + (2 * PdfStyle.CellPadding);
        if (fill)
        {
            flow.Add(new FilledBox(PageFlow.Left, flow.Y, PageFlow.Width, height, PdfStyle.HeaderFill));
        }

        var x = PageFlow.Left;
        for (var c = 0; c < cells.Count; c++)
        {
            var right = table.Columns[c].Kind is ReportColumnKind.Number or ReportColumnKind.Percent;
            var lines = cells[c].Skip(first).Take(count).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                var top = flow.Y + PdfStyle.CellPadding + (i * PdfStyle.TableLine);
                flow.Add(new TextRun(lines[i], font, x + PdfStyle.CellPadding, top, widths[c] - (2 * PdfStyle.CellPadding), PdfStyle.TableLine, right, PdfStyle.Text));
            }

            x += widths[c];
        }

        return height;
    }
}

using PdfSharp.Drawing;
using Regie.Core.Documents;

namespace Regie.Documents.Pdf;

/// <summary>
/// Column widths from the content: every column gets at least its widest word (so words are not broken), and the
/// rest of the line is shared out by how much more each column would need to fit its text on one line.
/// </summary>
internal static class ColumnWidths
{
    private const double WidestShare = 0.45; // one long word (a URL) may not take more than this of the line

    public static double[] Compute(ReportTable table, TextMeasure measure, XFont font, XFont headerFont, double available)
    {
        var count = table.Columns.Count;
        var natural = new double[count];
        var least = new double[count];
        for (var c = 0; c < count; c++)
        {
            var header = table.Columns[c].Header;
            var cells = table.Rows.Select(row => row[c].Text).ToList();
            var padding = 2 * PdfStyle.CellPadding;
            natural[c] = Math.Max(measure.Natural(header, headerFont), cells.Select(text => measure.Natural(text, font)).DefaultIfEmpty(0).Max()) + padding;
            least[c] = Math.Min(
                Math.Max(measure.WidestWord(header, headerFont), cells.Select(text => measure.WidestWord(text, font)).DefaultIfEmpty(0).Max()) + padding,
                available * WidestShare);
            least[c] = Math.Min(least[c], natural[c]);
        }

        return natural.Sum() <= available ? Stretch(natural, table, available) : Share(natural, least, available);
    }

    // Everything fits on one line: the text columns take up the rest of the line, so tables are as wide as the body.
    private static double[] Stretch(double[] natural, ReportTable table, double available)
    {
        var widths = (double[])natural.Clone();
        var text = Enumerable.Range(0, widths.Length).Where(c => table.Columns[c].Kind == ReportColumnKind.Text).ToList();
        var receivers = text.Count > 0 ? text : [.. Enumerable.Range(0, widths.Length)];
        var extra = available - natural.Sum();
        var weight = receivers.Sum(c => natural[c]);
        foreach (var c in receivers)
        {
            widths[c] += weight > 0 ? extra * natural[c] / weight : extra / receivers.Count;
        }

        return widths;
    }

    private static double[] Share(double[] natural, double[] least, double available)
    {
        var minimum = least.Sum();
        if (minimum >= available)
        {
            // Even the longest words do not fit: shrink all columns alike; TextMeasure.Wrap then breaks inside words.
            return [.. least.Select(width => width * available / minimum)];
        }

        var wanted = natural.Zip(least, (n, l) => n - l).ToArray();
        var total = wanted.Sum();
        return [.. least.Select((width, c) => width + ((available - minimum) * wanted[c] / total))];
    }
}

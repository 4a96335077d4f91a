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

    // Too much text for one line each: a column narrower than a fair share keeps its natural width (so a short code
    // or name does not wrap), and the other columns share the rest.
    private static double[] Share(double[] natural, double[] least, double available)
    {
        var fair = available / natural.Length;
        var small = Enumerable.Range(0, natural.Length).Where(c => natural[c] <= fair).ToList();
        var large = Enumerable.Range(0, natural.Length).Except(small).ToList();
        var left = available - small.Sum(c => natural[c]);
        if (small.Count == 0 || large.Sum(c => least[c]) >= left)
        {
            return Spread(natural, least, available, [.. Enumerable.Range(0, natural.Length)]);
        }

        var widths = Spread(natural, least, left, large);
        foreach (var c in small)
        {
            widths[c] = natural[c];
        }

        return widths;
    }

    // Gives each of the columns its least width and shares the rest by how much more each would need.
    private static double[] Spread(double[] natural, double[] least, double available, IReadOnlyList<int> columns)
    {
        var widths = new double[natural.Length];
        var minimum = columns.Sum(c => least[c]);
        if (minimum >= available)
        {
            // Even the longest words do not fit: shrink the columns alike; TextMeasure.Wrap then breaks inside words.
            foreach (var c in columns)
            {
                widths[c] = least[c] * available / minimum;
            }

            return widths;
        }

        var wanted = columns.Sum(c => natural[c] - least[c]);
        foreach (var c in columns)
        {
            widths[c] = least[c] + (wanted > 0 ? (available - minimum) * (natural[c] - least[c]) / wanted : (available - minimum) / columns.Count);
        }

        return widths;
    }
}

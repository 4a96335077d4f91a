using PdfSharp.Drawing;

namespace Regie.Documents.Pdf;

/// <summary>One wrapped line waiting to be placed: its text, font, x and width of its box, height and colour.</summary>
internal sealed record FlowLine(string Text, XFont Font, double X, double Width, double Height, XColor Colour);

/// <summary>
/// Places wrapped lines down the page and on following pages, never leaving a single line alone at the bottom of a
/// page, and lets a block draw a background behind each page's part (notices).
/// </summary>
internal static class LineFlow
{
    /// <param name="background">Called with the top and height of each page's part before its lines are placed.</param>
    /// <param name="padding">Space above and below the lines, inside the background.</param>
    public static void Place(PageFlow flow, IReadOnlyList<FlowLine> lines, Action<double, double>? background = null, double padding = 0)
    {
        var keep = lines.Take(2).Sum(line => line.Height) + (2 * padding);
        flow.Ensure(keep);
        var index = 0;
        while (index < lines.Count)
        {
            var count = 0;
            var height = 2 * padding;
            while (index + count < lines.Count && height + lines[index + count].Height <= flow.Remaining)
            {
                height += lines[index + count].Height;
                count++;
            }

            if (count == 0)
            {
                // Not even one line fits here: go to a fresh page (where at least one always fits).
                flow.NewPage();
                continue;
            }

            background?.Invoke(flow.Y, height);
            flow.Advance(padding);
            foreach (var line in lines.Skip(index).Take(count))
            {
                flow.Text(line.Text, line.Font, line.X, line.Width, line.Height, line.Colour);
                flow.Advance(line.Height);
            }

            flow.Advance(padding);
            index += count;
            if (index < lines.Count)
            {
                flow.NewPage();
            }
        }
    }
}

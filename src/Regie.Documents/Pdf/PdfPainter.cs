using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Regie.Core.Documents;

namespace Regie.Documents.Pdf;

/// <summary>Draws laid-out pages into a PDFsharp document, with footers, bookmarks and the document information.</summary>
internal static class PdfPainter
{
    public static PdfDocument Paint(ReportDocument document, PageFlow flow, PdfFonts fonts)
    {
        var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Creator = "Regie";
        pdf.Info.CreationDate = document.Produced.UtcDateTime;
        pdf.Info.ModificationDate = document.Produced.UtcDateTime;
        pdf.Language = document.Language;
        pdf.ViewerPreferences.DisplayDocTitle = true;
        pdf.PageMode = PdfPageMode.UseOutlines;

        var footerLeft = ReportCulture.ProducedLine(document);
        for (var p = 0; p < flow.Pages.Count; p++)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromPoint(PdfStyle.PageWidth);
            page.Height = XUnit.FromPoint(PdfStyle.PageHeight);
            using var graphics = XGraphics.FromPdfPage(page);
            foreach (var item in flow.Pages[p].Items)
            {
                Draw(graphics, item);
            }

            var pageLabel = string.Format(ReportCulture.Of(document), document.Labels.Page, p + 1, flow.Pages.Count);
            Footer(graphics, fonts, footerLeft, pageLabel);
        }

        Outline(pdf, flow.Bookmarks);
        return pdf;
    }

    private static void Draw(XGraphics graphics, PageItem item)
    {
        switch (item)
        {
            case TextRun run:
                var format = run.AlignRight ? XStringFormats.TopRight : XStringFormats.TopLeft;
                // Centre the font's line in the run's line box so mixed sizes share a baseline grid.
                var lead = (run.Height - run.Font.GetHeight()) / 2;
                graphics.DrawString(run.Text, run.Font, new XSolidBrush(run.Colour), new XRect(run.X, run.Top + lead, run.Width, run.Height), format);
                break;
            case RuleLine rule:
                graphics.DrawLine(new XPen(rule.Colour, rule.Thickness), rule.X1, rule.Y1, rule.X2, rule.Y2);
                break;
            case FilledBox box:
                graphics.DrawRectangle(new XSolidBrush(box.Fill), box.X, box.Top, box.Width, box.Height);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "A page item the painter does not know.");
        }
    }

    private static void Footer(XGraphics graphics, PdfFonts fonts, string left, string right)
    {
        var y = PdfStyle.FooterY;
        var brush = new XSolidBrush(PdfStyle.Muted);
        graphics.DrawLine(new XPen(PdfStyle.RuleColour, 0.5), PdfStyle.Margin, y - 4, PdfStyle.PageWidth - PdfStyle.Margin, y - 4);
        var box = new XRect(PdfStyle.Margin, y, PdfStyle.BodyWidth, PdfStyle.SmallLine);
        graphics.DrawString(left, fonts.Small, brush, box, XStringFormats.TopLeft);
        graphics.DrawString(right, fonts.Small, brush, box, XStringFormats.TopRight);
    }

    // Bookmarks nest by heading level; a level that skips one hangs under the nearest shallower bookmark.
    private static void Outline(PdfDocument pdf, IReadOnlyList<Bookmark> bookmarks)
    {
        var open = new List<(int Level, PdfOutlineCollection Children)> { (0, pdf.Outlines) };
        foreach (var bookmark in bookmarks)
        {
            while (open[^1].Level >= bookmark.Level)
            {
                open.RemoveAt(open.Count - 1);
            }

            var outline = open[^1].Children.Add(bookmark.Title, pdf.Pages[bookmark.Page], opened: bookmark.Level == 1);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Top = Math.Round(PdfStyle.PageHeight - bookmark.Top, 2, MidpointRounding.ToEven);
            outline.Left = PdfStyle.Margin;
            open.Add((bookmark.Level, outline.Outlines));
        }
    }
}

using PdfSharp.Pdf;
using Regie.Core.Documents;

namespace Regie.Documents.Pdf;

/// <summary>
/// Writes a report as an A4 PDF with PDFsharp (ADR 0012): title and facts, headings with bookmarks, wrapped text,
/// lists, notices, tables whose header row repeats on every page, a footer with the production date and
/// "page n of m", and Liberation Sans embedded. The same document gives the same bytes. The PDF is not tagged
/// (no PDF/UA); the HTML version is the accessible one.
/// </summary>
public static class PdfReportWriter
{
    /// <summary>The PDF file of <paramref name="document"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static byte[] Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var pdf = Render(document, out _);
        PdfDeterminism.PrepareIds(pdf);
        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return PdfDeterminism.Normalise(stream.ToArray(), document.Title);
    }

    /// <summary>The laid-out pages of <paramref name="document"/>, for tests that read what is on each page.</summary>
    internal static IReadOnlyList<LaidOutPage> Layout(ReportDocument document)
    {
        ReportFontResolver.Install();
        var fonts = new PdfFonts();
        using var measure = new TextMeasure();
        return ReportLayout.Lay(document, fonts, measure).Pages;
    }

    private static PdfDocument Render(ReportDocument document, out PageFlow flow)
    {
        ReportFontResolver.Install();
        var fonts = new PdfFonts();
        using var measure = new TextMeasure();
        flow = ReportLayout.Lay(document, fonts, measure);
        return PdfPainter.Paint(document, flow, fonts);
    }
}

using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Regie.Documents.Pdf;

/// <summary>The fonts of one PDF report, created once (Unicode encoding, so any Latin letter or sign prints).</summary>
internal sealed class PdfFonts
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly Dictionary<(double Size, bool Bold), XFont> _fonts = [];

    public XFont Body => Get(PdfStyle.BodySize, bold: false);

    public XFont BodyBold => Get(PdfStyle.BodySize, bold: true);

    public XFont Table => Get(PdfStyle.TableSize, bold: false);

    public XFont TableBold => Get(PdfStyle.TableSize, bold: true);

    public XFont Small => Get(PdfStyle.SmallSize, bold: false);

    public XFont Title => Get(PdfStyle.TitleSize, bold: true);

    public XFont Heading(int level) => Get(PdfStyle.Heading(level).Size, bold: true);

    private XFont Get(double size, bool bold)
    {
        if (!_fonts.TryGetValue((size, bold), out var font))
        {
            font = new XFont(ReportFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
            _fonts.Add((size, bold), font);
        }

        return font;
    }
}

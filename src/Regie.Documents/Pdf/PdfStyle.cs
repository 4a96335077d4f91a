using PdfSharp.Drawing;

namespace Regie.Documents.Pdf;

/// <summary>The look of a PDF report: A4 in points, margins, font sizes, line heights and colours.</summary>
internal static class PdfStyle
{
    public const double PageWidth = 595.28; // A4, 210 mm
    public const double PageHeight = 841.89; // A4, 297 mm
    public const double Margin = 56.69; // 20 mm
    public const double TopMargin = 56.69;
    public const double BottomMargin = 62; // room for the footer below the body
    public const double FooterY = PageHeight - 40;

    public const double BodySize = 10;
    public const double BodyLine = 13.5;
    public const double TableSize = 8.5;
    public const double TableLine = 11;
    public const double SmallSize = 8;
    public const double SmallLine = 10.5;
    public const double TitleSize = 20;
    public const double CellPadding = 3;
    public const double BlockGap = 8;

    public static readonly XColor Text = XColor.FromArgb(0x1a, 0x1a, 0x1a);
    public static readonly XColor Muted = XColor.FromArgb(0x55, 0x55, 0x55);
    public static readonly XColor RuleColour = XColor.FromArgb(0xa8, 0xb0, 0xb8);
    public static readonly XColor HeaderFill = XColor.FromArgb(0xe6, 0xec, 0xf2);
    public static readonly XColor InfoFill = XColor.FromArgb(0xec, 0xf3, 0xfa);
    public static readonly XColor InfoBar = XColor.FromArgb(0x1f, 0x5c, 0x99);
    public static readonly XColor WarningFill = XColor.FromArgb(0xff, 0xf3, 0xdc);
    public static readonly XColor WarningBar = XColor.FromArgb(0xa8, 0x52, 0x00);

    public static double BodyWidth => PageWidth - (2 * Margin);

    public static double BodyBottom => PageHeight - BottomMargin;

    /// <summary>Size and line height of a heading at <paramref name="level"/> (1 = a top-level section).</summary>
    public static (double Size, double Line) Heading(int level) => level switch
    {
        1 => (15, 19),
        2 => (12.5, 16),
        _ => (11, 14),
    };
}

using PdfSharp.Drawing;

namespace Regie.Documents.Pdf;

/// <summary>Something placed on a laid-out page, in points from the top-left corner.</summary>
internal abstract record PageItem;

/// <summary>One line of text; <paramref name="Top"/> is the top of its line box, <paramref name="Width"/> the box it is aligned in.</summary>
internal sealed record TextRun(string Text, XFont Font, double X, double Top, double Width, double Height, bool AlignRight, XColor Colour) : PageItem;

/// <summary>A straight line.</summary>
internal sealed record RuleLine(double X1, double Y1, double X2, double Y2, double Thickness, XColor Colour) : PageItem;

/// <summary>A filled rectangle behind other items.</summary>
internal sealed record FilledBox(double X, double Top, double Width, double Height, XColor Fill) : PageItem;

/// <summary>A page after layout: what goes on it, in drawing order.</summary>
internal sealed class LaidOutPage
{
    public List<PageItem> Items { get; } = [];

    /// <summary>The text on the page, line by line (tests read it; PDF content streams hold glyph ids, not text).</summary>
    public IEnumerable<string> Texts => Items.OfType<TextRun>().Select(run => run.Text);
}

/// <summary>A bookmark: a heading with its level (1 = section), the page index and the top of the heading.</summary>
internal sealed record Bookmark(int Level, string Title, int Page, double Top);

using PdfSharp.Drawing;

namespace Regie.Documents.Pdf;

/// <summary>
/// Pours content down the body area of A4 pages: keeps the current height, starts a new page when something does not
/// fit, and collects the pages and the bookmarks.
/// </summary>
internal sealed class PageFlow
{
    private readonly List<LaidOutPage> _pages = [];
    private readonly List<Bookmark> _bookmarks = [];

    public PageFlow() => NewPage();

    public IReadOnlyList<LaidOutPage> Pages => _pages;

    public IReadOnlyList<Bookmark> Bookmarks => _bookmarks;

    /// <summary>Top of the next item.</summary>
    public double Y { get; private set; }

    public static double Left => PdfStyle.Margin;

    public static double Width => PdfStyle.BodyWidth;

    /// <summary>Height left on this page.</summary>
    public double Remaining => PdfStyle.BodyBottom - Y;

    /// <summary>Whether nothing has been placed on this page yet.</summary>
    public bool AtTop => Y <= PdfStyle.TopMargin;

    /// <summary>Height of an empty page's body.</summary>
    public static double PageBody => PdfStyle.BodyBottom - PdfStyle.TopMargin;

    public void NewPage()
    {
        _pages.Add(new LaidOutPage());
        Y = PdfStyle.TopMargin;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits on this one (or this page is still empty).</summary>
    public void Ensure(double height)
    {
        if (height > Remaining && !AtTop)
        {
            NewPage();
        }
    }

    public void Add(PageItem item) => _pages[^1].Items.Add(item);

    public void Advance(double height) => Y += height;

    /// <summary>Skips <paramref name="gap"/> of space, but not at the top of a page.</summary>
    public void Gap(double gap)
    {
        if (!AtTop)
        {
            Y = Math.Min(Y + gap, PdfStyle.BodyBottom);
        }
    }

    public void Mark(int level, string title) => _bookmarks.Add(new Bookmark(level, title, _pages.Count - 1, Y));

    /// <summary>Places one line of text at the current height, inside a box from <paramref name="x"/> of <paramref name="width"/>.</summary>
    public void Text(string text, XFont font, double x, double width, double lineHeight, XColor colour, bool alignRight = false) =>
        Add(new TextRun(text, font, x, Y, width, lineHeight, alignRight, colour));
}

using Regie.Core.Documents;

namespace Regie.Documents.Pdf;

/// <summary>Lays out a whole report on A4 pages: title block, sections in reading order, then the sources.</summary>
internal sealed class ReportLayout
{
    private const double TitleLine = 24;
    private readonly PageFlow _flow = new();
    private readonly PdfFonts _fonts;
    private readonly TextMeasure _measure;
    private readonly BlockLayout _blocks;
    private readonly TableLayout _tables;

    private ReportLayout(PdfFonts fonts, TextMeasure measure)
    {
        _fonts = fonts;
        _measure = measure;
        _blocks = new BlockLayout(_flow, fonts, measure);
        _tables = new TableLayout(_flow, fonts, measure);
    }

    public static PageFlow Lay(ReportDocument document, PdfFonts fonts, TextMeasure measure)
    {
        var layout = new ReportLayout(fonts, measure);
        layout.Title(document);
        foreach (var section in document.Sections)
        {
            layout.Section(section, 1, document.Labels);
        }

        if (document.Sources.Count > 0)
        {
            layout.Heading(1, document.Labels.Sources);
            layout._blocks.List(document.Sources);
        }

        return layout._flow;
    }

    private void Title(ReportDocument document)
    {
        foreach (var line in _measure.Wrap(document.Title, _fonts.Title, PageFlow.Width))
        {
            _flow.Text(line, _fonts.Title, PageFlow.Left, PageFlow.Width, TitleLine, PdfStyle.Text);
            _flow.Advance(TitleLine);
        }

        _flow.Advance(4);
        _flow.Text(ReportCulture.ProducedLine(document), _fonts.Small, PageFlow.Left, PageFlow.Width, PdfStyle.SmallLine, PdfStyle.Muted);
        _flow.Advance(PdfStyle.SmallLine + PdfStyle.BlockGap);
        if (document.Facts.Count > 0)
        {
            _blocks.Facts(document.Facts);
        }

        _flow.Advance(4);
        _flow.Add(new RuleLine(PageFlow.Left, _flow.Y, PageFlow.Left + PageFlow.Width, _flow.Y, 0.9, PdfStyle.RuleColour));
        _flow.Advance(PdfStyle.BlockGap);
    }

    private void Section(ReportSection section, int level, ReportLabels labels)
    {
        Heading(level, section.Heading);
        foreach (var block in section.Blocks)
        {
            Block(block, labels);
            _flow.Gap(PdfStyle.BlockGap);
        }

        foreach (var subsection in section.Subsections)
        {
            Section(subsection, level + 1, labels);
        }
    }

    private void Block(ReportBlock block, ReportLabels labels)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                _blocks.Paragraph(paragraph.Text);
                break;
            case ReportFacts facts:
                _blocks.Facts(facts.Items);
                break;
            case ReportList list:
                _blocks.List(list.Items);
                break;
            case ReportNotice notice:
                _blocks.Notice(notice);
                break;
            case ReportTable table:
                _tables.Place(table, labels.Source);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "A block type the PDF writer does not know.");
        }
    }

    /// <summary>A heading is kept with at least three lines of what follows, and bookmarked.</summary>
    private void Heading(int level, string text)
    {
        var (_, line) = PdfStyle.Heading(level);
        var font = _fonts.Heading(level);
        var lines = _measure.Wrap(text, font, PageFlow.Width);
        _flow.Gap(level == 1 ? 12 : 8);
        _flow.Ensure((lines.Count * line) + (3 * PdfStyle.BodyLine));
        _flow.Mark(level, text);
        foreach (var part in lines)
        {
            _flow.Text(part, font, PageFlow.Left, PageFlow.Width, line, PdfStyle.Text);
            _flow.Advance(line);
        }

        _flow.Advance(4);
    }
}

using Regie.Core.Documents;

namespace Regie.Documents.Pdf;

/// <summary>Lays out the text blocks of a section: paragraphs, facts, lists and notices.</summary>
internal sealed class BlockLayout(PageFlow flow, PdfFonts fonts, TextMeasure measure)
{
    private const double BulletIndent = 14;
    private const double NoticeBar = 3;
    private const double NoticePadding = 6;

    public void Paragraph(string text)
    {
        var lines = measure.Wrap(text, fonts.Body, PageFlow.Width)
            .Select(line => new FlowLine(line, fonts.Body, PageFlow.Left, PageFlow.Width, PdfStyle.BodyLine, PdfStyle.Text))
            .ToList();
        LineFlow.Place(flow, lines);
    }

    public void List(IReadOnlyList<string> items)
    {
        foreach (var item in items)
        {
            var width = PageFlow.Width - BulletIndent;
            var lines = measure.Wrap(item, fonts.Body, width)
                .Select(line => new FlowLine(line, fonts.Body, PageFlow.Left + BulletIndent, width, PdfStyle.BodyLine, PdfStyle.Text))
                .ToList();
            flow.Ensure(PdfStyle.BodyLine);
            flow.Text("•", fonts.Body, PageFlow.Left + 3, BulletIndent, PdfStyle.BodyLine, PdfStyle.Text);
            LineFlow.Place(flow, lines);
            flow.Advance(2);
        }
    }

    /// <summary>Label/value pairs in two columns; the label column is as wide as the widest label, at most 40%.</summary>
    public void Facts(IReadOnlyList<ReportFact> facts)
    {
        var labelWidth = Math.Min(
            facts.Select(fact => measure.Width(fact.Label, fonts.BodyBold)).DefaultIfEmpty(0).Max() + 12,
            PageFlow.Width * 0.4);
        var valueX = PageFlow.Left + labelWidth;
        var valueWidth = PageFlow.Width - labelWidth;
        foreach (var fact in facts)
        {
            var labels = measure.Wrap(fact.Label, fonts.BodyBold, labelWidth - 12);
            var values = measure.Wrap(fact.Value, fonts.Body, valueWidth);
            var rows = Math.Max(labels.Count, values.Count);
            flow.Ensure(rows * PdfStyle.BodyLine);
            for (var i = 0; i < rows; i++)
            {
                if (i < labels.Count)
                {
                    flow.Text(labels[i], fonts.BodyBold, PageFlow.Left, labelWidth, PdfStyle.BodyLine, PdfStyle.Text);
                }

                if (i < values.Count)
                {
                    flow.Text(values[i], fonts.Body, valueX, valueWidth, PdfStyle.BodyLine, PdfStyle.Text);
                }

                flow.Advance(PdfStyle.BodyLine);
            }

            flow.Advance(2);
        }
    }

    /// <summary>A shaded box with a coloured bar on the left; a warning is also set in bold, so it stands out in grey print.</summary>
    public void Notice(ReportNotice notice)
    {
        var warning = notice.Kind == ReportNoticeKind.Warning;
        var font = warning ? fonts.BodyBold : fonts.Body;
        var x = PageFlow.Left + NoticeBar + NoticePadding;
        var width = PageFlow.Width - NoticeBar - (2 * NoticePadding);
        var lines = measure.Wrap(notice.Text, font, width)
            .Select(line => new FlowLine(line, font, x, width, PdfStyle.BodyLine, PdfStyle.Text))
            .ToList();
        var fill = warning ? PdfStyle.WarningFill : PdfStyle.InfoFill;
        var bar = warning ? PdfStyle.WarningBar : PdfStyle.InfoBar;
        LineFlow.Place(flow, lines, (top, height) =>
        {
            flow.Add(new FilledBox(PageFlow.Left, top, PageFlow.Width, height, fill));
            flow.Add(new FilledBox(PageFlow.Left, top, NoticeBar, height, bar));
        }, NoticePadding);
    }
}

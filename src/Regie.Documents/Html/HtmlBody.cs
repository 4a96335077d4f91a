using System.Globalization;
using Regie.Core.Documents;

namespace Regie.Documents.Html;

/// <summary>
/// The report as one &lt;article&gt; in NL Design System (Utrecht) markup: title, production date, facts, a table of
/// contents, sections as nested &lt;section&gt;s with h2…h6, and the sources. Both HTML modes share it.
/// </summary>
internal static class HtmlBody
{
    public const string TitleId = "report-title";
    public const string ContentsId = "report-contents";
    public const string SourcesId = "report-sources";

    public static void Write(HtmlText html, ReportDocument document, bool includeTitle)
    {
        var lang = HtmlText.Encode(document.Language);
        var labelledBy = includeTitle ? $" aria-labelledby=\"{TitleId}\"" : "";
        html.Raw($"<article class=\"regie-report\" lang=\"{lang}\"{labelledBy}>\n<header class=\"regie-report__header\">\n");
        if (includeTitle)
        {
            html.Raw($"<h1 class=\"utrecht-heading-1\" id=\"{TitleId}\">").Encoded(document.Title).Raw("</h1>\n");
        }

        var produced = document.Produced.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        html.Raw("<p class=\"utrecht-paragraph utrecht-paragraph--small regie-sub\">").Encoded(document.Labels.Produced)
            .Raw($" <time datetime=\"{produced}\">").Encoded(document.Produced.ToString("d MMMM yyyy, HH:mm", ReportCulture.Of(document))).Raw("</time></p>\n");
        if (document.Facts.Count > 0)
        {
            Facts(html, document.Facts);
        }

        html.Raw("</header>\n");
        Contents(html, document);
        foreach (var section in document.Sections)
        {
            Section(html, section, 2, document.Labels);
        }

        if (document.Sources.Count > 0)
        {
            html.Raw($"<section class=\"regie-page-sources\" aria-labelledby=\"{SourcesId}\">\n<h2 class=\"utrecht-heading-2\" id=\"{SourcesId}\">")
                .Encoded(document.Labels.Sources).Raw("</h2>\n");
            List(html, document.Sources);
            html.Raw("</section>\n");
        }

        html.Raw("</article>\n");
    }

    private static void Contents(HtmlText html, ReportDocument document)
    {
        if (document.Sections.Count == 0)
        {
            return;
        }

        html.Raw($"<nav class=\"regie-report__contents\" aria-labelledby=\"{ContentsId}\">\n<h2 class=\"utrecht-heading-2\" id=\"{ContentsId}\">")
            .Encoded(document.Labels.Contents).Raw("</h2>\n");
        ContentsList(html, document.Sections, document.Sources.Count > 0 ? document.Labels.Sources : null);
        html.Raw("</nav>\n");
    }

    private static void ContentsList(HtmlText html, IReadOnlyList<ReportSection> sections, string? sources)
    {
        html.Raw("<ol class=\"utrecht-ordered-list\">\n");
        foreach (var section in sections)
        {
            html.Raw($"<li class=\"utrecht-ordered-list__item\"><a class=\"utrecht-link utrecht-link--html-a\" href=\"#{HtmlText.Encode(section.Id)}\">")
                .Encoded(section.Heading).Raw("</a>");
            if (section.Subsections.Count > 0)
            {
                html.Raw("\n");
                ContentsList(html, section.Subsections, null);
            }

            html.Raw("</li>\n");
        }

        if (sources is not null)
        {
            html.Raw($"<li class=\"utrecht-ordered-list__item\"><a class=\"utrecht-link utrecht-link--html-a\" href=\"#{SourcesId}\">").Encoded(sources).Raw("</a></li>\n");
        }

        html.Raw("</ol>\n");
    }

    private static void Section(HtmlText html, ReportSection section, int level, ReportLabels labels)
    {
        var h = Math.Min(level, 6);
        var id = HtmlText.Encode(section.Id);
        html.Raw($"<section class=\"regie-report__section\" aria-labelledby=\"{id}\">\n<h{h} class=\"utrecht-heading-{h}\" id=\"{id}\">")
            .Encoded(section.Heading).Raw($"</h{h}>\n");
        foreach (var block in section.Blocks)
        {
            Block(html, block, labels);
        }

        foreach (var subsection in section.Subsections)
        {
            Section(html, subsection, level + 1, labels);
        }

        html.Raw("</section>\n");
    }

    private static void Block(HtmlText html, ReportBlock block, ReportLabels labels)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                html.Raw("<p class=\"utrecht-paragraph\">").Lines(paragraph.Text).Raw("</p>\n");
                break;
            case ReportFacts facts:
                Facts(html, facts.Items);
                break;
            case ReportList list:
                List(html, list.Items);
                break;
            case ReportNotice notice:
                Notice(html, notice);
                break;
            case ReportTable table:
                HtmlTable.Write(html, table, labels);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "A block type the HTML writer does not know.");
        }
    }

    private static void Facts(HtmlText html, IReadOnlyList<ReportFact> facts)
    {
        html.Raw("<dl class=\"utrecht-data-list regie-source-list regie-report__facts\">\n");
        foreach (var fact in facts)
        {
            html.Raw("<div class=\"utrecht-data-list__item\"><dt class=\"utrecht-data-list__item-key\">").Encoded(fact.Label)
                .Raw("</dt><dd class=\"utrecht-data-list__item-value\">").Lines(fact.Value).Raw("</dd></div>\n");
        }

        html.Raw("</dl>\n");
    }

    private static void List(HtmlText html, IReadOnlyList<string> items)
    {
        html.Raw("<ul class=\"utrecht-unordered-list utrecht-unordered-list--html-content\">\n");
        foreach (var item in items)
        {
            html.Raw("<li class=\"utrecht-unordered-list__item\">").Encoded(item).Raw("</li>\n");
        }

        html.Raw("</ul>\n");
    }

    // A note is static content: role="note" for a caveat; a warning is a status (polite), never role="alert", which
    // would interrupt a screen reader when the page loads.
    private static void Notice(HtmlText html, ReportNotice notice)
    {
        var (modifier, role) = notice.Kind == ReportNoticeKind.Warning ? ("warning", "status") : ("info", "note");
        html.Raw($"<div class=\"utrecht-alert utrecht-alert--{modifier} regie-report__notice\" role=\"{role}\" data-kind=\"{modifier}\">")
            .Raw("<div class=\"utrecht-alert__content\"><div class=\"utrecht-alert__message\"><p class=\"utrecht-paragraph\">")
            .Lines(notice.Text).Raw("</p></div></div></div>\n");
    }
}

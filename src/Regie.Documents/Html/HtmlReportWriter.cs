using Regie.Core.Documents;

namespace Regie.Documents.Html;

/// <summary>
/// Writes a report as accessible HTML (WCAG 2.1 AA): headings from the section tree, a table of contents, facts as
/// a definition list, tables with a caption and header scopes, notices with a fitting role, and every text
/// HTML-encoded. Two modes: a <see cref="Fragment"/> in the site's NL Design System classes for a Blazor page, and a
/// <see cref="Standalone"/> file with its own print-friendly style sheet and no external requests.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>
    /// The report as one &lt;article&gt; for embedding, e.g. <c>@((MarkupString)HtmlReportWriter.Fragment(doc))</c>.
    /// </summary>
    /// <param name="document">The report.</param>
    /// <param name="includeTitle">False when the page prints the title as its own h1; sections stay h2.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Fragment(ReportDocument document, bool includeTitle = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new HtmlText();
        HtmlBody.Write(html, document, includeTitle);
        return html.ToString();
    }

    /// <summary>The report as a complete HTML file (UTF-8 text) for download or archiving.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Standalone(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new HtmlText()
            .Raw($"<!DOCTYPE html>\n<html lang=\"{HtmlText.Encode(document.Language)}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<meta name=\"generator\" content=\"Regie\">\n<title>").Encoded(document.Title).Raw("</title>\n")
            .Raw("<style>\n").Raw(StandaloneStyle.Css).Raw("\n</style>\n</head>\n<body>\n<main>\n");
        HtmlBody.Write(html, document, includeTitle: true);
        return html.Raw("</main>\n</body>\n</html>\n").ToString();
    }
}

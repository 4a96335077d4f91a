using System.Xml.Linq;
using Regie.Core.Documents;
using Regie.Documents.Html;

namespace Regie.Documents.Tests.Html;

public sealed class HtmlReportWriterTests
{
    [Fact]
    public void Encodes_markup_in_document_text()
    {
        var document = SampleReports.Dossier() with
        {
            Title = "Titel <b>vet</b>",
            Sections = [new ReportSection("s", "Kop & \"quote\"", new ReportParagraph("<script>alert('x')</script> & co"))],
        };

        var html = HtmlReportWriter.Standalone(document);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.Contains("Kop &amp; &quot;quote&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_accents_and_the_euro_sign_readable()
    {
        var html = HtmlReportWriter.Fragment(SampleReports.Dossier());

        Assert.Contains("Zorggroep Ëlst &amp; Zonen B.V.", html, StringComparison.Ordinal);
        Assert.Contains("€ 48.500 per jaar", html, StringComparison.Ordinal);
        Assert.Contains("Roosterplanner – inzet", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_has_a_caption_and_scoped_header_cells()
    {
        var article = Parse(HtmlReportWriter.Fragment(SampleReports.Dossier()));

        var tables = article.Descendants("table").ToList();
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var caption = Assert.Single(table.Elements("caption"));
            Assert.False(string.IsNullOrWhiteSpace(caption.Value));
            Assert.All(table.Descendants("th"), th => Assert.Contains(th.Attribute("scope")?.Value, new[] { "col", "row" }));
            Assert.Equal(caption.Attribute("id")?.Value, table.Parent?.Attribute("aria-labelledby")?.Value);
        }
    }

    [Fact]
    public void Numeric_columns_are_right_aligned_and_the_first_text_column_heads_its_row()
    {
        var table = Parse(HtmlReportWriter.Fragment(SampleReports.Dossier())).Descendants("table").First();

        var headers = table.Element("thead")!.Descendants("th").Select(Classes).ToList(); // a table always has a thead
        Assert.Contains("utrecht-table__header-cell--numeric-column", headers[1]);
        Assert.DoesNotContain("utrecht-table__header-cell--numeric-column", headers[0]);
        var firstRow = table.Element("tbody")!.Elements("tr").First(); // the sample table has rows
        Assert.Equal("row", firstRow.Elements().First().Attribute("scope")?.Value);
        Assert.Contains("utrecht-table__cell--numeric-data", Classes(firstRow.Elements("td").First()));
    }

    [Fact]
    public void Headings_follow_the_section_tree()
    {
        var article = Parse(HtmlReportWriter.Fragment(SampleReports.Dossier()));

        Assert.Equal("OR-dossier: Roosterplanner – inzet van AI bij het maken van diensten", Assert.Single(article.Descendants("h1")).Value);
        Assert.Equal(["Inhoud", "Samenvatting", "Gevolgen voor werk", "Raadpleging", "Bronnen"], article.Descendants("h2").Select(h => h.Value));
        Assert.Equal("Risico's en maatregelen", Assert.Single(article.Descendants("h3")).Value);
    }

    [Fact]
    public void The_table_of_contents_links_to_every_section()
    {
        var article = Parse(HtmlReportWriter.Fragment(SampleReports.Dossier()));

        var links = article.Descendants("nav").Single().Descendants("a").Select(a => a.Attribute("href")!.Value.TrimStart('#')).ToList();
        var ids = article.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToHashSet();
        Assert.Equal(["samenvatting", "gevolgen", "risicos", "raadpleging", "report-sources"], links);
        Assert.All(links, link => Assert.Contains(link, ids));
    }

    [Fact]
    public void Ids_are_unique_even_when_a_table_and_a_section_share_an_id()
    {
        var document = SampleReports.Dossier(); // section "risicos" holds table "risicos"

        var ids = Parse(HtmlReportWriter.Fragment(document)).Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("risicos", ids);
        Assert.Contains("risicos-caption", ids);
    }

    [Fact]
    public void Facts_are_a_definition_list()
    {
        var facts = Parse(HtmlReportWriter.Fragment(SampleReports.Dossier())).Descendants("dl").First();

        Assert.Equal(["Organisatie", "AI-systeem", "Status", "Begroting"], facts.Descendants("dt").Select(dt => dt.Value));
        Assert.Equal(4, facts.Descendants("dd").Count());
    }

    [Fact]
    public void Notices_get_a_role_that_fits_their_kind()
    {
        var notices = Parse(HtmlReportWriter.Fragment(SampleReports.Dossier())).Descendants("div")
            .Where(div => Classes(div).Contains("utrecht-alert")).ToList();

        Assert.Equal(["status", "note"], notices.Select(div => div.Attribute("role")?.Value));
        Assert.Contains("utrecht-alert--warning", Classes(notices[0]));
    }

    [Fact]
    public void An_empty_table_shows_its_caption_and_empty_text_instead_of_a_table()
    {
        var article = Parse(HtmlReportWriter.Fragment(SampleReports.Dossier()));

        var section = article.Descendants("section").Single(s => s.Attribute("aria-labelledby")?.Value == "raadpleging");
        Assert.Empty(section.Descendants("table"));
        Assert.Contains(section.Descendants("p"), p => p.Value == "Er zijn nog geen antwoorden.");
        Assert.Contains(section.Descendants("p"), p => p.Value == "Uitkomst van de peiling onder medewerkers");
    }

    [Fact]
    public void A_table_source_is_printed_under_the_table()
    {
        var html = HtmlReportWriter.Fragment(SampleReports.Dossier());

        Assert.Contains("<span class=\"regie-source__label\">Bron:</span> Effectbeoordeling Roosterplanner", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("</table>", StringComparison.Ordinal) < html.IndexOf("regie-source__label", StringComparison.Ordinal));
    }

    [Fact]
    public void The_fragment_can_leave_the_title_to_the_page()
    {
        var article = Parse(HtmlReportWriter.Fragment(SampleReports.Dossier(), includeTitle: false));

        Assert.Empty(article.Descendants("h1"));
        Assert.Null(article.Attribute("aria-labelledby"));
        Assert.Equal("nl", article.Attribute("lang")?.Value);
    }

    [Fact]
    public void The_standalone_file_is_a_complete_page_without_external_requests()
    {
        var html = HtmlReportWriter.Standalone(SampleReports.Dossier());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>OR-dossier: Roosterplanner – inzet van AI bij het maken van diensten</title>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        SampleReports.Save("dossier.html", System.Text.Encoding.UTF8.GetBytes(html));
    }

    [Fact]
    public void The_production_date_is_machine_readable()
    {
        var article = Parse(HtmlReportWriter.Fragment(SampleReports.Dossier()));

        var time = Assert.Single(article.Descendants("time"));
        Assert.Equal("2026-11-28T09:15:00+01:00", time.Attribute("datetime")?.Value);
        Assert.Equal("28 november 2026, 09:15", time.Value);
    }

    // The fragment is well-formed XML (void elements are self-closed), so tests can walk it as a tree.
    private static XElement Parse(string fragment) => XElement.Parse(fragment);

    private static string[] Classes(XElement element) => (element.Attribute("class")?.Value ?? "").Split(' ');
}

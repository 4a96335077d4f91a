using System.Text;
using PdfSharp.Pdf.IO;
using Regie.Core.Documents;
using Regie.Documents.Pdf;

namespace Regie.Documents.Tests.Pdf;

public sealed class PdfReportWriterTests
{
    [Fact]
    public void Writes_an_A4_pdf_that_PdfSharp_can_open_with_its_metadata()
    {
        var document = SampleReports.Dossier();

        var bytes = PdfReportWriter.Write(document);

        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal(PdfReportWriter.Layout(document).Count, pdf.PageCount);
        Assert.Equal(document.Title, pdf.Info.Title);
        Assert.Equal("Regie", pdf.Info.Creator);
        Assert.Equal(document.Produced.UtcDateTime, pdf.Info.CreationDate.ToUniversalTime());
        Assert.Equal("nl", pdf.Language);
        Assert.All(pdf.Pages.Cast<PdfSharp.Pdf.PdfPage>(), page => Assert.Equal((595, 842), ((int)Math.Round(page.Width.Point), (int)Math.Round(page.Height.Point))));
        SampleReports.Save("dossier.pdf", bytes);
    }

    [Fact]
    public void A_title_with_markup_characters_keeps_the_metadata_well_formed_and_the_offsets_right()
    {
        var document = SampleReports.Dossier() with { Title = "Plan & Rooster <beta> – Ëlst" };

        var bytes = PdfReportWriter.Write(document);

        var text = Encoding.Latin1.GetString(bytes);
        var xmp = text[text.IndexOf("<?xpacket begin", StringComparison.Ordinal)..(text.IndexOf("<?xpacket end=\"w\"?>", StringComparison.Ordinal) + 19)];
        var title = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(xmp)))
            .Descendants(System.Xml.Linq.XName.Get("title", "http://purl.org/dc/elements/1.1/")).Single().Value;
        Assert.Equal(document.Title, title);
        PdfFile.AssertOffsetsPointAtObjects(bytes);
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal(document.Title, pdf.Info.Title);
    }

    [Fact]
    public void The_cross_reference_table_points_at_every_object()
    {
        PdfFile.AssertOffsetsPointAtObjects(PdfReportWriter.Write(SampleReports.Dossier()));
    }

    [Fact]
    public void Embeds_the_Liberation_Sans_subsets()
    {
        var text = Encoding.Latin1.GetString(PdfReportWriter.Write(SampleReports.Dossier()));

        Assert.Contains("/FontFile2", text, StringComparison.Ordinal);
        Assert.Contains("+Liberation#20Sans/", text, StringComparison.Ordinal);
        Assert.Contains("+Liberation#20Sans,Bold/", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var first = PdfReportWriter.Write(SampleReports.Dossier());
        var second = PdfReportWriter.Write(SampleReports.Dossier());

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_different_document_gets_a_different_file_identifier()
    {
        var one = PdfReportWriter.Write(SampleReports.Dossier());
        var other = PdfReportWriter.Write(SampleReports.Dossier() with { Title = "Een ander dossier" });

        using var first = PdfReader.Open(new MemoryStream(one), PdfDocumentOpenMode.Import);
        using var second = PdfReader.Open(new MemoryStream(other), PdfDocumentOpenMode.Import);
        Assert.NotEqual(first.Internals.FirstDocumentID, second.Internals.FirstDocumentID);
        Assert.DoesNotContain(new string('\0', 16), first.Internals.FirstDocumentID, StringComparison.Ordinal);
    }

    [Fact]
    public void Bookmarks_follow_the_sections_and_the_sources()
    {
        using var pdf = PdfReader.Open(new MemoryStream(PdfReportWriter.Write(SampleReports.Dossier())), PdfDocumentOpenMode.Import);

        Assert.Equal(["Samenvatting", "Gevolgen voor werk", "Raadpleging", "Bronnen"], pdf.Outlines.Select(outline => outline.Title));
        Assert.Equal("Risico's en maatregelen", Assert.Single(pdf.Outlines[1].Outlines).Title);
    }

    [Fact]
    public void A_long_table_runs_over_pages_with_its_header_row_on_each()
    {
        var document = SampleReports.LongTable(120);

        var pages = PdfReportWriter.Layout(document);
        using var pdf = PdfReader.Open(new MemoryStream(PdfReportWriter.Write(document)), PdfDocumentOpenMode.Import);

        Assert.Equal(4, pdf.PageCount);
        Assert.Equal(pages.Count, pdf.PageCount);
        Assert.All(pages, page => Assert.Contains("Maatregel", page.Texts));
        Assert.All(pages, page => Assert.Contains("Aantal", page.Texts));
        SampleReports.Save("long-table.pdf", PdfReportWriter.Write(document));
    }

    [Fact]
    public void A_row_moves_to_the_next_page_whole()
    {
        var pages = PdfReportWriter.Layout(SampleReports.LongTable(120, wrapped: true));

        // Each row's second cell wraps over several lines and ends with "einde-{row}": that last line is on the page
        // that starts the row.
        Assert.True(pages.Count > 3);
        for (var i = 1; i <= 120; i++)
        {
            var department = $"A-{i}";
            var page = Assert.Single(pages, p => p.Texts.Contains(department));
            Assert.Contains(page.Texts, text => text.EndsWith($"einde-{i}", StringComparison.Ordinal));
            Assert.Contains(page.Texts, text => text == i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_and_the_header_repeated()
    {
        var words = string.Join(' ', Enumerable.Repeat("toelichting", 2500));
        var document = SampleReports.LongTable(1) with
        {
            Sections = [new ReportSection("lang", "Lang", new ReportTable("lang", "Een heel lange cel",
                [new ReportColumn("Kolom"), new ReportColumn("Tekst")], [["a", words]], null, "Leeg"))],
        };

        var pages = PdfReportWriter.Layout(document);

        Assert.True(pages.Count > 1);
        Assert.All(pages, page => Assert.Contains("Tekst", page.Texts));
        using var pdf = PdfReader.Open(new MemoryStream(PdfReportWriter.Write(document)), PdfDocumentOpenMode.Import);
        Assert.Equal(pages.Count, pdf.PageCount);
    }

    [Fact]
    public void Long_words_are_broken_rather_than_run_off_the_page()
    {
        var url = "https://example.org/" + new string('x', 300);
        var document = SampleReports.LongTable(1) with { Sections = [new ReportSection("s", "Kop", new ReportParagraph(url))] };

        var runs = PdfReportWriter.Layout(document).SelectMany(page => page.Texts).Where(text => text.Contains('x', StringComparison.Ordinal)).ToList();

        Assert.True(runs.Count > 1);
        Assert.Equal(url, string.Concat(runs));
    }

    [Fact]
    public void A_heading_is_not_left_alone_at_the_bottom_of_a_page()
    {
        var filler = Enumerable.Range(1, 200).Select(i => (ReportBlock)new ReportParagraph($"Regel {i}")).ToList();
        var document = SampleReports.LongTable(1) with
        {
            Sections = [new ReportSection("a", "Eerste", filler), new ReportSection("b", "Tweede", new ReportParagraph("Inhoud van twee"))],
        };

        var pages = PdfReportWriter.Layout(document);

        var page = Assert.Single(pages, p => p.Texts.Contains("Tweede"));
        Assert.Contains("Inhoud van twee", page.Texts);
    }
}

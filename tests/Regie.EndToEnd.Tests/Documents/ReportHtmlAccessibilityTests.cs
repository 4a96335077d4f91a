using Regie.Core.Documents;
using Regie.Documents.Html;
using Regie.EndToEnd.Tests.Accessibility;
using Regie.EndToEnd.Tests.Hosting;

namespace Regie.EndToEnd.Tests.Documents;

/// <summary>axe-core scans of a report rendered by <see cref="HtmlReportWriter"/>: standalone, and as a fragment in a site page.</summary>
public sealed class ReportHtmlAccessibilityTests(AtlasSite site)
{
    private static readonly ReportDocument Report = new(
        "OR-dossier: Roosterplanner & planning – versie 2",
        "nl",
        new DateTimeOffset(2026, 11, 28, 9, 15, 0, TimeSpan.FromHours(1)),
        [new ReportFact("Organisatie", "Zorggroep Ëlst"), new ReportFact("Begroting", "€ 48.500 per jaar")],
        [
            new ReportSection("samenvatting", "Samenvatting",
                new ReportParagraph("Planners beslissen; het systeem doet alleen voorstellen."),
                new ReportNotice("Het instemmingsverzoek is nog niet beantwoord.", ReportNoticeKind.Warning),
                new ReportNotice("Cijfers met minder dan vijf antwoorden worden niet getoond.", ReportNoticeKind.Info)),
            new ReportSection("maatregelen", "Maatregelen",
                [new ReportList(["Wekelijkse controle op de verdeling van diensten.", "Training voor planners."])],
                [
                    new ReportSection("risicos", "Risico's",
                        new ReportTable("risico-tabel", "Risico's met maatregelen",
                            [new ReportColumn("Risico"), new ReportColumn("Score", ReportColumnKind.Number), new ReportColumn("Deadline", ReportColumnKind.Date),
                             new ReportColumn("Afgerond", ReportColumnKind.Percent)],
                            [["Deeltijders krijgen vaker avonddiensten", new ReportCell("12", 12), new ReportCell("31-01-2027", Date: new DateOnly(2027, 1, 31)), new ReportCell("50%", 0.5m)]],
                            "Effectbeoordeling, versie 3",
                            "Geen risico's."),
                        new ReportTable("leeg", "Peiling", [new ReportColumn("Vraag")], [], null, "Nog geen antwoorden.")),
                ]),
        ],
        ["Regie AI-register, stand 28 november 2026"],
        new ReportLabels("Gemaakt op", "Bronnen", "Pagina {0} van {1}", "Inhoud", "Bron"));

    [Fact]
    public async Task The_standalone_report_has_no_WCAG_21_AA_violations()
    {
        var page = await site.NewPageAsync();
        await page.SetContentAsync(HtmlReportWriter.Standalone(Report));

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_report_fragment_in_a_site_page_has_no_WCAG_21_AA_violations()
    {
        var page = await site.OpenAsync("/");
        await page.EvaluateAsync("html => { document.querySelector('main').innerHTML = html; }", HtmlReportWriter.Fragment(Report));

        await Axe.AssertNoViolationsAsync(page);
    }
}

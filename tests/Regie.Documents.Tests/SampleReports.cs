using Regie.Core.Documents;

namespace Regie.Documents.Tests;

/// <summary>Report documents for the tests: a realistic Dutch works-council dossier and a long table.</summary>
internal static class SampleReports
{
    public static readonly ReportLabels DutchLabels = new("Gemaakt op", "Bronnen", "Pagina {0} van {1}", "Inhoud", "Bron");

    public static readonly DateTimeOffset Produced = new(2026, 11, 28, 9, 15, 0, TimeSpan.FromHours(1));

    /// <summary>An OR-dossier with every block type, accents, the euro sign and an en dash.</summary>
    public static ReportDocument Dossier() => new(
        "OR-dossier: Roosterplanner – inzet van AI bij het maken van diensten",
        "nl",
        Produced,
        [
            new ReportFact("Organisatie", "Zorggroep Ëlst & Zonen B.V."),
            new ReportFact("AI-systeem", "Roosterplanner (versie 2.3)"),
            new ReportFact("Status", "In gebruik sinds 1 maart 2026"),
            new ReportFact("Begroting", "€ 48.500 per jaar"),
        ],
        [
            new ReportSection("samenvatting", "Samenvatting",
                new ReportParagraph("De Roosterplanner doet voorstellen voor diensten op basis van beschikbaarheid, vaardigheden en de cao. " +
                    "Planners beslissen; het systeem beslist niet zelf. Medewerkers kunnen een voorstel altijd laten herzien door een mens – " +
                    "dat staat ook in de werknemersinformatie die op 12 februari 2026 is gedeeld."),
                new ReportNotice("Het instemmingsverzoek aan de ondernemingsraad (art. 27 WOR) is nog niet beantwoord.", ReportNoticeKind.Warning),
                new ReportNotice("Cijfers met minder dan vijf antwoorden worden niet getoond.", ReportNoticeKind.Info)),
            new ReportSection("gevolgen", "Gevolgen voor werk",
                [
                    new ReportParagraph("De effectbeoordeling is gedaan met de signalen van het Partnership on AI, in Regie's eigen woorden."),
                    new ReportList([
                        "Minder handwerk bij het plannen; meer tijd voor overleg met teams.",
                        "Risico: voorkeuren van medewerkers met een deeltijdcontract wegen minder zwaar – maatregel afgesproken.",
                        "Privacy: het systeem gebruikt geen gezondheidsgegevens; dat is gecontroleerd door de FG.",
                    ]),
                ],
                [
                    new ReportSection("risicos", "Risico's en maatregelen",
                        new ReportTable(
                            "risicos",
                            "Risico's met maatregelen, hoogste score eerst",
                            [new ReportColumn("Risico"), new ReportColumn("Score", ReportColumnKind.Number), new ReportColumn("Maatregel"),
                             new ReportColumn("Deadline", ReportColumnKind.Date), new ReportColumn("Afgerond", ReportColumnKind.Percent)],
                            [
                                [ "Deeltijders krijgen vaker onaantrekkelijke diensten", new ReportCell("12", 12), "Wekelijkse controle op verdeling van avond- en weekenddiensten",
                                  new ReportCell("31-01-2027", Date: new DateOnly(2027, 1, 31)), new ReportCell("50%", 0.5m) ],
                                [ "Planners vertrouwen blind op het voorstel", new ReportCell("9", 9), "Training \"kritisch kijken\" voor alle planners",
                                  new ReportCell("15-12-2026", Date: new DateOnly(2026, 12, 15)), new ReportCell("100%", 1m) ],
                                [ "Onduidelijk voor medewerkers waarom een dienst is toegewezen", new ReportCell("6", 6), "Uitleg per voorstel in de app; vraagbaak bij HR",
                                  new ReportCell("", null), new ReportCell("", null) ],
                            ],
                            "Effectbeoordeling Roosterplanner, versie 3 (vastgesteld 20 november 2026)",
                            "Geen risico's vastgelegd.")),
                ]),
            new ReportSection("raadpleging", "Raadpleging",
                new ReportFacts([new ReportFact("Verzoek verstuurd", "2 oktober 2026"), new ReportFact("Reactietermijn", "6 weken – tot 13 november 2026")]),
                new ReportTable("stemmen", "Uitkomst van de peiling onder medewerkers", [new ReportColumn("Vraag"), new ReportColumn("Eens", ReportColumnKind.Percent)],
                    [], null, "Er zijn nog geen antwoorden.")),
        ],
        ["Regie AI-register, Zorggroep Ëlst, stand 28 november 2026", "SER-advies \"AI en werk\" (2025)"],
        DutchLabels);

    /// <summary>A document with one table of <paramref name="rows"/> rows, long enough to run over several pages.</summary>
    /// <param name="rows">Number of rows.</param>
    /// <param name="wrapped">Whether each row's second cell wraps over several lines (ending with "einde-{row}"); the first cell is then "A-{row}".</param>
    public static ReportDocument LongTable(int rows, bool wrapped = false) => new(
        "Maatregelen per afdeling",
        "nl",
        Produced,
        [],
        [
            new ReportSection("maatregelen", "Maatregelen",
                new ReportTable(
                    "maatregelen",
                    "Alle maatregelen",
                    [new ReportColumn("Afdeling"), new ReportColumn("Maatregel"), new ReportColumn("Aantal", ReportColumnKind.Number)],
                    [.. Enumerable.Range(1, rows).Select(i => (IReadOnlyList<ReportCell>)
                        [wrapped ? $"A-{i}" : $"Afdeling {i}", wrapped ? $"Maatregel nummer {i}: {string.Concat(Enumerable.Repeat("een toelichting die langer is dan één regel in de tabel, ", 3))}einde-{i}" : $"Maatregel nummer {i} met een toelichting die soms wat langer is dan één regel in de tabel", new ReportCell(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i)])],
                    "Regie maatregelenregister",
                    "Geen maatregelen.")),
        ],
        [],
        DutchLabels);

    /// <summary>Writes a rendered sample to the folder in REGIE_DOCUMENTS_SAMPLES, when set, to look at it (e.g. with pdftoppm).</summary>
    public static void Save(string name, byte[] bytes)
    {
        if (Environment.GetEnvironmentVariable("REGIE_DOCUMENTS_SAMPLES") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }
    }
}

using Regie.Core.Documents;
using Regie.Web.Components.Pages.Workplace.Register;
using Regie.Workplace.Assessments;
using Regie.Workplace.Pulse.Instrument;
using Regie.Workplace.Reports;

namespace Regie.Web.Reports;

/// <summary>
/// Turns what the readers read into the three reports of issue 5 item 7 as <see cref="ReportDocument"/>s in the
/// reader's language: the works-council dossier and the deployer documentation of one system, and the board summary.
/// </summary>
internal sealed class ReportComposer(ReportTexts t, TimeProvider time)
{
    /// <summary>Dutch organisations: the production time is printed in Amsterdam time.</summary>
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public ReportDocument Compose(ReportKind kind, SystemReport report) => kind switch
    {
        ReportKind.WorksCouncilDossier => WorksCouncilDossier(report),
        ReportKind.DeployerDocumentation => DeployerDocumentation(report),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a report about one system."),
    };

    public ReportDocument WorksCouncilDossier(SystemReport report) => Document(
        t["DossierTitle", report.System.Name],
        SystemFacts(report),
        [
            new ReportSection("about", t["SectionAbout"], new ReportParagraph(t["DossierIntro"])),
            SystemSections.System(report, t),
            SystemSections.Screening(report, t),
            AssessmentSections.Section(report, t),
            ConsultationSections.Section(report, t),
            PulseSection.Section(report, t),
            OversightSection.Section(report, t),
            MeasuresSection.Section(report, t),
        ],
        [t["SourceWor"], t["SourceAiAct"], JobImpactInstrument.Shipped.Citation, PulseSource(), t["SourceRegie"]]);

    public ReportDocument DeployerDocumentation(SystemReport report) => Document(
        t["DeployerTitle", report.System.Name],
        SystemFacts(report),
        [
            new ReportSection("about", t["SectionAbout"], new ReportParagraph(t["DeployerIntro"])),
            SystemSections.System(report, t),
            SystemSections.Screening(report, t),
            new ReportSection("deployer-duties", t["SectionDeployerDuties"], new ReportParagraph(t["DeployerDutiesIntro"]), DutyTable(report)),
            OversightSection.Section(report, t),
            PulseSection.Section(report, t),
            MeasuresSection.Section(report, t),
        ],
        [t["SourceAiAct"], t["SourceGdpr"], PulseSource(), t["SourceRegie"]]);

    public ReportDocument BoardSummary(BoardReport board) => Document(
        t["BoardTitle", board.OrganisationName],
        [new(t["Organisation"], board.OrganisationName), new(t["Date"], ReportTexts.Date(board.Today)), new(t["Systems"], board.Systems.Count.ToString(System.Globalization.CultureInfo.CurrentCulture))],
        BoardSections.Sections(board, t),
        [t["SourceWor"], t["SourceAiAct"], t["SourceRegie"]]);

    private ReportDocument Document(string title, IReadOnlyList<ReportFact> facts, IReadOnlyList<ReportSection> sections, IReadOnlyList<string> sources) =>
        new(title, ReportTexts.Language, TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone), facts, sections, sources, t.Labels);

    private List<ReportFact> SystemFacts(SystemReport report) =>
    [
        new(t["Organisation"], report.OrganisationName),
        new(t["System"], report.System.Name),
        new(t["Status"], t.Register.Status(report.System.Status)),
        new(t["Date"], ReportTexts.Date(report.Today)),
    ];

    private ReportTable DutyTable(SystemReport report) => new(
        "deployer-duties",
        t["DeployerDutiesCaption"],
        [new(t["ColDuty"]), new(t["ColLegalReference"]), new(t["ColStatus"]), new(t["ColDue"], ReportColumnKind.Date), new(t["ColEvidence"]),
            new(t["ColRegieRecord"])],
        [.. report.Register.Duties.Select(d => (IReadOnlyList<ReportCell>)[
            d.Kind.Text().Title, d.Kind.Text().LegalReference, t[$"DutyStatus_{d.Status}"], Cells.Date(d.DueDate), d.Evidence ?? "",
            DutyEvidence.For(d.Kind, report, t)])],
        null,
        t["NoDuties"]);

    private string PulseSource()
    {
        var instrument = InstrumentFile.Current;
        return t["PulseSource", instrument.Title.For(ReportTexts.English), instrument.Version];
    }
}

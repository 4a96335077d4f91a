namespace Regie.Core.Documents;

/// <summary>
/// A report as plain data — title, facts, sections of blocks and the sources behind it. Renderers in
/// <c>Regie.Documents</c> turn the same document into HTML, PDF, CSV and Excel, so every format says the same
/// thing. Texts arrive already in the document's language; renderers add no words of their own except the
/// labels passed in <see cref="ReportLabels"/>.
/// </summary>
/// <param name="Title">Title of the report, e.g. "OR-dossier: Roosterplanner".</param>
/// <param name="Language">BCP 47 language of every text in the document ("nl" or "en").</param>
/// <param name="Produced">When the report was produced (from the injected clock), printed in the footer.</param>
/// <param name="Facts">Label/value lines under the title: organisation, system, version, status.</param>
/// <param name="Sections">The body, in reading order.</param>
/// <param name="Sources">Source and provenance lines printed at the end.</param>
/// <param name="Labels">The few words renderers print themselves (page numbers, "produced", "sources").</param>
public sealed record ReportDocument(
    string Title,
    string Language,
    DateTimeOffset Produced,
    IReadOnlyList<ReportFact> Facts,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<string> Sources,
    ReportLabels Labels)
{
    /// <summary>Every table in the document, in reading order (for CSV and Excel downloads).</summary>
    public IEnumerable<ReportTable> Tables() => Sections.SelectMany(section => section.Tables());
}

namespace Regie.Core.Documents;

/// <summary>The few words renderers print themselves, in the document's language.</summary>
/// <param name="Produced">Label before the production date, e.g. "Gemaakt op".</param>
/// <param name="Sources">Heading of the sources list, e.g. "Bronnen".</param>
/// <param name="Page">Page label in the PDF footer, with {0} = page and {1} = pages, e.g. "Pagina {0} van {1}".</param>
/// <param name="Contents">Heading of the table of contents, e.g. "Inhoud".</param>
/// <param name="Source">Label before a table's source line, e.g. "Bron".</param>
public sealed record ReportLabels(string Produced, string Sources, string Page, string Contents, string Source);

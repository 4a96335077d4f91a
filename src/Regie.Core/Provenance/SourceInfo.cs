namespace Regie.Core.Provenance;

/// <summary>
/// Where a shipped figure comes from: publisher, table or file, period, licence and the attribution
/// line that must be shown wherever the figure is used (DESIGN §4).
/// </summary>
/// <param name="Id">Stable id, e.g. "cbs-85276ned".</param>
/// <param name="Title">Title of the dataset or paper.</param>
/// <param name="Publisher">Who publishes the figures.</param>
/// <param name="Table">Table, dataset code or file name at the publisher.</param>
/// <param name="Period">Reference period of the figures, when they have one.</param>
/// <param name="Files">Shipped files (relative to data/).</param>
/// <param name="Origin">Where the shipped copy comes from (repository and commit, or URL).</param>
/// <param name="Licence">Licence.</param>
/// <param name="Attribution">The attribution line to print.</param>
/// <param name="Url">Where to find the original.</param>
public sealed record SourceInfo(
    string Id,
    string Title,
    string Publisher,
    string Table,
    string? Period,
    IReadOnlyList<string> Files,
    string Origin,
    string Licence,
    string Attribution,
    string? Url);

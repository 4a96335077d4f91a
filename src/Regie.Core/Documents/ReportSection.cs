namespace Regie.Core.Documents;

/// <summary>A titled part of a report; sections nest one level deep at most in practice.</summary>
/// <param name="Id">Stable anchor, unique in the document (lower case, hyphens), used for links and sheet names.</param>
/// <param name="Heading">Heading text.</param>
/// <param name="Blocks">Content, in reading order.</param>
/// <param name="Subsections">Nested sections after the blocks.</param>
public sealed record ReportSection(
    string Id,
    string Heading,
    IReadOnlyList<ReportBlock> Blocks,
    IReadOnlyList<ReportSection> Subsections)
{
    /// <summary>A section without subsections.</summary>
    public ReportSection(string id, string heading, params IReadOnlyList<ReportBlock> blocks)
        : this(id, heading, blocks, []) { }

    /// <summary>Every table in this section and below, in reading order.</summary>
    public IEnumerable<ReportTable> Tables() =>
        Blocks.OfType<ReportTable>().Concat(Subsections.SelectMany(section => section.Tables()));
}

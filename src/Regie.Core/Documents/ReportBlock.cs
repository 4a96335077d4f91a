using System.Text.Json.Serialization;

namespace Regie.Core.Documents;

/// <summary>One piece of content in a <see cref="ReportSection"/>; in JSON, <c>type</c> says which.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ReportParagraph), "paragraph")]
[JsonDerivedType(typeof(ReportFacts), "facts")]
[JsonDerivedType(typeof(ReportList), "list")]
[JsonDerivedType(typeof(ReportNotice), "notice")]
[JsonDerivedType(typeof(ReportTable), "table")]
public abstract record ReportBlock;

/// <summary>A paragraph of plain text (no markup; renderers encode it).</summary>
/// <param name="Text">The text.</param>
public sealed record ReportParagraph(string Text) : ReportBlock;

/// <summary>Label/value pairs, rendered as a definition list.</summary>
/// <param name="Items">The pairs, in order.</param>
public sealed record ReportFacts(IReadOnlyList<ReportFact> Items) : ReportBlock;

/// <summary>A bulleted list of plain-text items.</summary>
/// <param name="Items">The items, in order.</param>
public sealed record ReportList(IReadOnlyList<string> Items) : ReportBlock;

/// <summary>A highlighted remark: a caveat, a warning or a blocking finding.</summary>
/// <param name="Text">The text.</param>
/// <param name="Kind">How strongly it is shown.</param>
public sealed record ReportNotice(string Text, ReportNoticeKind Kind) : ReportBlock;

/// <summary>How strongly a <see cref="ReportNotice"/> is shown.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportNoticeKind>))]
public enum ReportNoticeKind
{
    /// <summary>Neutral information or a caveat.</summary>
    Info = 0,

    /// <summary>Something needs attention (an overdue measure, a flag).</summary>
    Warning = 1,
}

/// <summary>One label/value line.</summary>
/// <param name="Label">The label.</param>
/// <param name="Value">The value, formatted in the document's language.</param>
public sealed record ReportFact(string Label, string Value);

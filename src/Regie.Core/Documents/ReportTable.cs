namespace Regie.Core.Documents;

/// <summary>
/// A table with a caption, typed columns and an optional source line. Cells carry both the text shown in
/// HTML and PDF and, for numbers and dates, the value Excel stores.
/// </summary>
/// <param name="Id">Stable id, unique in the document (lower case, hyphens): the CSV file and sheet name.</param>
/// <param name="Caption">Caption (also the accessible name of the table).</param>
/// <param name="Columns">Column headers and kinds.</param>
/// <param name="Rows">Rows; each has exactly one cell per column.</param>
/// <param name="Source">Where the figures come from, printed under the table; null when the rows are the record itself.</param>
/// <param name="EmptyText">Shown instead of an empty table.</param>
public sealed record ReportTable(
    string Id,
    string Caption,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<IReadOnlyList<ReportCell>> Rows,
    string? Source,
    string EmptyText) : ReportBlock;

/// <summary>A column header and the kind of its values (decides alignment and the Excel type).</summary>
/// <param name="Header">Header text.</param>
/// <param name="Kind">Kind of value.</param>
public sealed record ReportColumn(string Header, ReportColumnKind Kind = ReportColumnKind.Text);

/// <summary>The kind of values in a <see cref="ReportColumn"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ReportColumnKind>))]
public enum ReportColumnKind
{
    /// <summary>Text, left-aligned.</summary>
    Text = 0,

    /// <summary>A count or amount, right-aligned.</summary>
    Number = 1,

    /// <summary>A share in 0..1 shown as a percentage, right-aligned.</summary>
    Percent = 2,

    /// <summary>A calendar date.</summary>
    Date = 3,
}

/// <summary>One table cell: the text shown, and the typed value for Excel when there is one.</summary>
/// <param name="Text">Text shown in HTML and PDF, formatted in the document's language; empty for no value.</param>
/// <param name="Number">Numeric value (a share in 0..1 for percent columns); null for text or a suppressed value.</param>
/// <param name="Date">Date value; null when not a date.</param>
public sealed record ReportCell(string Text, decimal? Number = null, DateOnly? Date = null)
{
    /// <summary>Implicit text cell.</summary>
    public static implicit operator ReportCell(string text) => new(text);
}

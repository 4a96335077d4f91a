namespace Regie.Web.Export;

/// <summary>The kind of value a column holds; decides how CSV and Excel write it.</summary>
internal enum ColumnKind
{
    Text,
    Number,
    Integer,
    Boolean,
}

/// <summary>A column of an export. Names follow the JSON path of the value (e.g. <c>scores.ilo-2025</c>).</summary>
internal sealed record ExportColumn(string Name, ColumnKind Kind);

/// <summary>
/// One table of a download. Each cell holds a <see cref="string"/>, <see cref="double"/>, <see cref="long"/>,
/// <see cref="bool"/> or null ("not published" or "cannot be computed", never 0).
/// </summary>
/// <param name="Id">Id used by the <c>table</c> query value of CSV downloads, e.g. "tasks".</param>
/// <param name="SheetName">Excel sheet name (at most 31 characters).</param>
internal sealed record ExportTable(string Id, string SheetName, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<object?[]> Rows);

using Regie.Core.Documents;

namespace Regie.Documents;

/// <summary>The one rule every writer relies on: a table has columns, and every row has one cell per column.</summary>
internal static class TableShape
{
    /// <exception cref="ArgumentException">The table has no columns, or a row has too few or too many cells.</exception>
    public static ReportTable Require(ReportTable table)
    {
        if (table.Columns.Count == 0)
        {
            throw new ArgumentException($"Table '{table.Id}' has no columns.", nameof(table));
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (table.Rows[r].Count != table.Columns.Count)
            {
                throw new ArgumentException(
                    $"Table '{table.Id}': row {r + 1} has {table.Rows[r].Count} cells for {table.Columns.Count} columns.", nameof(table));
            }
        }

        return table;
    }
}

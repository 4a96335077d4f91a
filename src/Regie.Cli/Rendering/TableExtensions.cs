using Spectre.Console;

namespace Regie.Cli.Rendering;

/// <summary>Table building with the two column kinds the CLI uses: text (left) and numbers (right-aligned).</summary>
internal static class TableExtensions
{
    public static Table AddTextColumn(this Table table, string header) =>
        table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))));

    public static Table AddNumberColumn(this Table table, string header) =>
        table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))).RightAligned());

    /// <summary>Adds a row of plain text; data such as titles is never read as Spectre markup.</summary>
    public static Table AddTextRow(this Table table, params string[] cells) =>
        table.AddRow(cells.Select(c => new Text(c)));
}

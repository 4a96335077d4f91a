using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Data.Build;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Data;

/// <summary>What <c>regie data build</c> prints after the build: built or up to date, time and row counts.</summary>
internal static class DataBuildView
{
    public static IRenderable Render(BuildResult result, Texts t)
    {
        var seconds = t.Number(result.Elapsed.TotalSeconds, 1);
        var hash = result.ContentHash.Length > 12 ? result.ContentHash[..12] : result.ContentHash;
        var outcome = result.Built
            ? t.Format("Build.Built", seconds, hash)
            : t.Format("Build.UpToDate", hash, seconds);

        var rows = new Table().Title(t["Build.RowsTitle"])
            .AddTextColumn(t["Column.Table"]).AddNumberColumn(t["Column.Rows"]);
        foreach (var (table, count) in result.RowCounts.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            rows.AddTextRow(table, t.Count(count));
        }

        return new Rows(
            new Text(outcome, new Style(decoration: Decoration.Bold)),
            new Text(t.Format("Build.Store", result.StorePath)),
            rows);
    }
}
